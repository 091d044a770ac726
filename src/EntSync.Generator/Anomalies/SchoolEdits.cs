using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>Edits of a generated school that several injections need.</summary>
internal static class SchoolEdits
{
    /// <summary>Renames a group everywhere it appears (structures, services, courses, pupils' memberships).</summary>
    public static GeneratedSchool RenameGroup(GeneratedSchool s, string from, string to) => s with
    {
        Groupes = s.Groupes.Select(g => g.Code == from ? g with { Code = to } : g).ToList(),
        Services = s.Services.Select(v => v.StructureCode == from ? v with { StructureCode = to } : v).ToList(),
        Cours = s.Cours.Select(c => c.StructureCode == from ? c with { StructureCode = to } : c).ToList(),
        Eleves = s.Eleves.Select(e => e.Groupes.Contains(from) ? e with { Groupes = e.Groupes.Select(g => g == from ? to : g).ToList() } : e).ToList(),
    };
}

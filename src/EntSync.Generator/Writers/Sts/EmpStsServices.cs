using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Sts;

/// <summary>
/// The services of an emp_sts file, structure by structure: every STS service of the school, each teacher with the
/// courses they give in it. A course with no matching service still gets one, so no course of the timetable is lost;
/// a course without a teacher cannot be written (EDT_STS hangs courses under their ENSEIGNANT).
/// </summary>
internal sealed class EmpStsServices
{
    private readonly Dictionary<string, List<Entry>> _byStructure = new(StringComparer.Ordinal);

    public EmpStsServices(GeneratedSchool school)
    {
        foreach (var s in school.Services)
        {
            var entry = Find(s.StructureCode, s.CodeMatiere);
            foreach (var id in s.Enseignants) entry.Teacher(id);
        }

        foreach (var c in school.Cours)
        {
            if (c.Enseignant is { } id) Find(c.StructureCode, c.CodeMatiere).Teacher(id).Add(c);
        }
    }

    public IReadOnlyList<Entry> Of(string structure) => _byStructure.TryGetValue(structure, out var list) ? list : [];

    private Entry Find(string structure, string matiere)
    {
        if (!_byStructure.TryGetValue(structure, out var list)) _byStructure[structure] = list = [];
        foreach (var e in list)
        {
            if (e.CodeMatiere == matiere) return e;
        }

        var entry = new Entry(matiere);
        list.Add(entry);
        return entry;
    }

    internal sealed class Entry(string codeMatiere)
    {
        public string CodeMatiere { get; } = codeMatiere;

        public List<(int Enseignant, List<GenCours> Cours)> Enseignants { get; } = [];

        public List<GenCours> Teacher(int id)
        {
            foreach (var (e, cours) in Enseignants)
            {
                if (e == id) return cours;
            }

            var list = new List<GenCours>();
            Enseignants.Add((id, list));
            return list;
        }
    }
}

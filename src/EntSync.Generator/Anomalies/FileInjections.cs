using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>Anomalies of the files themselves (partial exports…).</summary>
internal static class FileInjections
{
    public static IReadOnlyList<AnomalyInjection> All { get; } =
    [
        new("EXPORT-PARTIEL", "un export qui ne contient qu'une classe (export précédent complet)", PartialExport),
    ];

    private static InjectionResult PartialExport(GeneratedSchool s, Random random)
    {
        var kept = s.Divisions[0].Code;
        var eleves = s.Eleves.Where(e => e.Division == kept).ToList();
        var ids = eleves.Select(e => e.EleveId).ToHashSet();
        var liens = s.Liens.Where(l => ids.Contains(l.EleveId)).ToList();
        var personIds = liens.Select(l => l.PersonneId).ToHashSet();
        var current = s with { Eleves = eleves, Liens = liens, Personnes = s.Personnes.Where(p => personIds.Contains(p.PersonneId)).ToList() };
        return new InjectionResult(current, Previous: s with { ExportTime = s.ExportTime.AddDays(-7) });
    }
}

using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>Anomalies planted in the timetable (EDT/UDT) and in the élève-groupe file it produces.</summary>
internal static class EdtInjections
{
    public static IReadOnlyList<AnomalyInjection> All { get; } =
    [
        new("EDT-GROUPE-RENOMME", "un groupe renommé entre deux exports de l'emploi du temps", RenamedGroup),
    ];

    private static InjectionResult RenamedGroup(GeneratedSchool s, Random random)
    {
        var group = s.Groupes[^1];
        return new InjectionResult(SchoolEdits.RenameGroup(s, group.Code, group.Code + "2"), Previous: s with { ExportTime = s.ExportTime.AddDays(-7) });
    }
}

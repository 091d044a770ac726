using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>Anomalies planted in STS-Web data (structures, services) and in the structures SIECLE shares with it.</summary>
internal static class StsInjections
{
    public static IReadOnlyList<AnomalyInjection> All { get; } =
    [
        new("STS-NOM-STRUCTURE-INVALIDE", "un groupe dont le nom contient « / »", InvalidGroupName),
        new("STS-ENSEIGNANT-SANS-SERVICE", "un enseignant sans aucun service dans STS-Web", TeacherWithoutService),
    ];

    private static InjectionResult InvalidGroupName(GeneratedSchool s, Random random) =>
        new(SchoolEdits.RenameGroup(s, s.Groupes[0].Code, s.Groupes[0].Code[..^2] + "/" + s.Groupes[0].Code[^2..]));

    private static InjectionResult TeacherWithoutService(GeneratedSchool s, Random random)
    {
        var template = s.Individus.First(i => i.Fonction == "ENS");
        var extra = template with
        {
            Id = s.Individus.Max(i => i.Id) + 1,
            Numero = s.Individus.Count + 1,
            NomUsage = "SANS-SERVICE",
            NomPatronymique = "SANS-SERVICE",
            ProfPrincipalDe = [],
        };
        return new InjectionResult(s with { Individus = [.. s.Individus, extra] });
    }
}

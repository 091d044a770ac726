using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>Anomalies planted in STS-Web data (structures, services) and in the structures SIECLE shares with it.</summary>
internal static class StsInjections
{
    public static IReadOnlyList<AnomalyInjection> All { get; } =
    [
        new("STS-NOM-STRUCTURE-INVALIDE", "un groupe dont le nom contient « / »", InvalidGroupName),
        new("STS-ENSEIGNANT-SANS-SERVICE", "un enseignant sans aucun service dans STS-Web", TeacherWithoutService),
        new("STS-STRUCTURE-SANS-SERVICE", "un groupe (avec ses élèves) sans aucun service dans STS-Web ni cours", GroupWithoutService),
        new("STS-EXPORT-ANCIEN", "un export sts_emp daté de 12 jours avant l'emploi du temps", OldStsExport),
        new("STRUCTURE-DIVISION-INCONNUE", "un élève inscrit dans SIECLE dans une division « ULIS » que STS-Web ne connaît pas", PupilInUnknownDivision),
        new("STRUCTURE-GROUPE-INCONNU", "un élève inscrit dans SIECLE dans un groupe de latin que STS-Web ne connaît pas", PupilInUnknownGroup),
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

    /// <summary>
    /// The last group whose teachers all keep another service loses its services and its courses: its pupils stay, so
    /// only the missing service shows (no teacher left without service, no course without service).
    /// </summary>
    private static InjectionResult GroupWithoutService(GeneratedSchool s, Random random)
    {
        var servicesPerTeacher = s.Services.SelectMany(v => v.Enseignants).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var group = s.Groupes.Last(g => s.Services.Where(v => v.StructureCode == g.Code).All(v => v.Enseignants.All(id => servicesPerTeacher[id] > 1)));
        return new InjectionResult(s with
        {
            Services = s.Services.Where(v => v.StructureCode != group.Code).ToList(),
            Cours = s.Cours.Where(c => c.StructureCode != group.Code).ToList(),
        });
    }

    private static InjectionResult OldStsExport(GeneratedSchool s, Random random) =>
        new(s with { StsEmpExportTime = s.ExportTime.AddDays(-12) });

    /// <summary>The last pupil is put in a division only SIECLE has (out of their LV2 group, which draws from their old class).</summary>
    private static InjectionResult PupilInUnknownDivision(GeneratedSchool s, Random random)
    {
        var eleves = s.Eleves.ToList();
        eleves[^1] = eleves[^1] with { Division = "ULIS", Groupes = [] };
        return new InjectionResult(s with { Eleves = eleves });
    }

    /// <summary>The last pupil keeps a Latin group that STS-Web no longer has.</summary>
    private static InjectionResult PupilInUnknownGroup(GeneratedSchool s, Random random)
    {
        var eleves = s.Eleves.ToList();
        var pupil = eleves[^1];
        eleves[^1] = pupil with { Groupes = [.. pupil.Groupes, $"{pupil.Division}LAT"] };
        return new InjectionResult(s with { Eleves = eleves });
    }
}

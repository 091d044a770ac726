using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>Anomalies planted in the timetable (EDT/UDT) and in the élève-groupe file it produces.</summary>
internal static class EdtInjections
{
    private const string Svt = "062900";
    private const string Eps = "100100";

    public static IReadOnlyList<AnomalyInjection> All { get; } =
    [
        new("EDT-GROUPE-RENOMME", "un groupe renommé entre deux exports de l'emploi du temps", RenamedGroup),
        new("EDT-CLASSE-RENOMMEE", "une classe renommée entre deux exports de l'emploi du temps", RenamedDivision),
        new("EDT-PARTIE-DE-CLASSE", "des cours de SVT donnés à une partie de classe au lieu d'un groupe", PartieDeClasse),
        new("EDT-GROUPE-VIDE", "un groupe de l'emploi du temps sans aucun élève", EmptyGroup),
        new("EDT-COURS-SANS-ENSEIGNANT", "les cours d'EPS d'une classe sans enseignant", CoursWithoutTeacher),
        new("EDT-ENSEIGNANT-INCONNU-STS", "un enseignant ajouté à la main dans l'emploi du temps, absent de STS-Web", TeacherUnknownToSts),
        new("EDT-ENSEIGNANT-SANS-SERVICE-STS", "un enseignant qui a des cours mais dont STS-Web a donné les services à un collègue", TeacherWithoutStsService),
        new("EDT-STRUCTURE-INCONNUE", "un groupe créé dans l'emploi du temps et jamais remonté dans STS-Web", GroupUnknownToSts),
    ];

    private static InjectionResult RenamedGroup(GeneratedSchool s, Random random)
    {
        var group = s.Groupes[^1];
        return new InjectionResult(SchoolEdits.RenameGroup(s, group.Code, group.Code + "2"), Previous: s with { ExportTime = s.ExportTime.AddDays(-7) });
    }

    private static InjectionResult RenamedDivision(GeneratedSchool s, Random random)
    {
        var from = s.Divisions[^1].Code;
        var to = from + "B";
        string Rename(string code) => code == from ? to : code;
        var current = s with
        {
            Divisions = s.Divisions.Select(d => d.Code == from ? d with { Code = to } : d).ToList(),
            Groupes = s.Groupes.Select(g => g.Divisions.Contains(from) ? g with { Divisions = g.Divisions.Select(Rename).ToList() } : g).ToList(),
            Services = s.Services.Select(v => !v.SurGroupe && v.StructureCode == from ? v with { StructureCode = to } : v).ToList(),
            Cours = s.Cours.Select(c => !c.SurGroupe && c.StructureCode == from ? c with { StructureCode = to } : c).ToList(),
            Eleves = s.Eleves.Select(e => e.Division == from ? e with { Division = to } : e).ToList(),
            Individus = s.Individus.Select(i => i.ProfPrincipalDe.Contains(from) ? i with { ProfPrincipalDe = i.ProfPrincipalDe.Select(Rename).ToList() } : i).ToList(),
        };
        return new InjectionResult(current, Previous: s with { ExportTime = s.ExportTime.AddDays(-7) });
    }

    /// <summary>The SVT courses of the first class go to a partie de classe "G1" (the EDT clear export writes it as such).</summary>
    private static InjectionResult PartieDeClasse(GeneratedSchool s, Random random)
    {
        var division = s.Divisions[0].Code;
        return new InjectionResult(s with
        {
            Cours = s.Cours.Select(c => !c.SurGroupe && c.StructureCode == division && c.CodeMatiere == Svt ? c with { PartieDeClasse = "G1" } : c).ToList(),
        });
    }

    private static InjectionResult EmptyGroup(GeneratedSchool s, Random random)
    {
        var group = s.Groupes[^1].Code;
        return new InjectionResult(s with
        {
            Eleves = s.Eleves.Select(e => e.Groupes.Contains(group) ? e with { Groupes = e.Groupes.Where(g => g != group).ToList() } : e).ToList(),
        });
    }

    private static InjectionResult CoursWithoutTeacher(GeneratedSchool s, Random random)
    {
        var division = s.Divisions[0].Code;
        return new InjectionResult(s with
        {
            Cours = s.Cours.Select(c => !c.SurGroupe && c.StructureCode == division && c.CodeMatiere == Eps ? c with { Enseignant = null } : c).ToList(),
        });
    }

    /// <summary>A teacher typed into the timetable by hand takes the first service's courses; STS-Web still lists the colleague.</summary>
    private static InjectionResult TeacherUnknownToSts(GeneratedSchool s, Random random)
    {
        var service = s.Services[0];
        var template = s.Individus.First(i => i.Id == service.Enseignants[0]);
        var usedNames = s.Individus.Select(i => i.NomUsage).ToHashSet(StringComparer.Ordinal);
        var extra = template with
        {
            Id = s.Individus.Max(i => i.Id) + 1,
            Numero = s.Individus.Count + 1,
            NomUsage = FictitiousNames.Noms.First(n => !usedNames.Contains(n)),
            NomPatronymique = FictitiousNames.Noms.First(n => !usedNames.Contains(n)),
            DateNaissance = new DateOnly(1991, 4, 17),
            ProfPrincipalDe = [],
            HorsSts = true,
        };
        return new InjectionResult(s with
        {
            Individus = [.. s.Individus, extra],
            Cours = s.Cours.Select(c => Of(c, service) ? c with { Enseignant = extra.Id } : c).ToList(),
        });
    }

    /// <summary>STS-Web gave the first teacher's services to a colleague of the same subject; the timetable kept them.</summary>
    private static InjectionResult TeacherWithoutStsService(GeneratedSchool s, Random random)
    {
        var teacher = s.Individus.First(i => i.Id == s.Services[0].Enseignants[0]);
        var colleague = s.Individus.FirstOrDefault(i => i.Fonction == "ENS" && i.Id != teacher.Id && i.DisciplineCode == teacher.DisciplineCode)
                        ?? s.Individus.First(i => i.Fonction == "ENS" && i.Id != teacher.Id);
        return new InjectionResult(s with
        {
            Services = s.Services.Select(v => v.Enseignants.Contains(teacher.Id)
                ? v with { Enseignants = v.Enseignants.Select(id => id == teacher.Id ? colleague.Id : id).Distinct().ToList() }
                : v).ToList(),
        });
    }

    private static InjectionResult GroupUnknownToSts(GeneratedSchool s, Random random)
    {
        var group = s.Groupes[^1].Code;
        return new InjectionResult(s with { Groupes = s.Groupes.Select(g => g.Code == group ? g with { HorsSts = true } : g).ToList() });
    }

    private static bool Of(GenCours c, GenService service) =>
        c.StructureCode == service.StructureCode && c.SurGroupe == service.SurGroupe && c.CodeMatiere == service.CodeMatiere;
}

using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>The anomalies <c>entsync generate --anomalies</c> can inject, by name.</summary>
public static class AnomalyCatalog
{
    public static IReadOnlyList<AnomalyInjection> All { get; } =
    [
        new("SIECLE-RESPONSABLE-DOUBLON", "un parent saisi deux fois (même nom, adresse et téléphone, deux fiches)", DuplicateResponsable),
        new("SIECLE-ELEVE-SANS-DIVISION", "un élève inscrit sans classe dans SIECLE", PupilWithoutDivision),
        new("STS-NOM-STRUCTURE-INVALIDE", "un groupe dont le nom contient « / »", InvalidGroupName),
        new("STS-ENSEIGNANT-SANS-SERVICE", "un enseignant sans aucun service dans STS-Web", TeacherWithoutService),
        new("EDT-GROUPE-RENOMME", "un groupe renommé entre deux exports de l'emploi du temps", RenamedGroup),
        new("EXPORT-PARTIEL", "un export qui ne contient qu'une classe (export précédent complet)", PartialExport),
    ];

    public static AnomalyInjection? Find(string name) =>
        All.FirstOrDefault(a => a.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static InjectionResult DuplicateResponsable(GeneratedSchool s, Random random)
    {
        // The same mother typed again for a second child: new PERSONNE_ID, same identity and contact details.
        var link = s.Liens.First(l => l.CodeParente == "10");
        var original = s.Personnes.First(p => p.PersonneId == link.PersonneId);
        var copy = original with { PersonneId = s.Personnes.Max(p => p.PersonneId) + 1, Prenom = original.Prenom.ToUpperInvariant() };
        var otherPupil = s.Eleves.First(e => e.EleveId != link.EleveId);
        var liens = s.Liens.Where(l => !(l.EleveId == otherPupil.EleveId && l.CodeParente == "10")).ToList();
        liens.Add(new GenLienResponsable(otherPupil.EleveId, copy.PersonneId, 1, "10", true, 1));
        return new InjectionResult(s with { Personnes = [.. s.Personnes, copy], Liens = liens });
    }

    private static InjectionResult PupilWithoutDivision(GeneratedSchool s, Random random)
    {
        var eleves = s.Eleves.ToList();
        eleves[^1] = eleves[^1] with { Division = null, Groupes = [] };
        return new InjectionResult(s with { Eleves = eleves });
    }

    private static InjectionResult InvalidGroupName(GeneratedSchool s, Random random) =>
        new(RenameGroup(s, s.Groupes[0].Code, s.Groupes[0].Code[..^2] + "/" + s.Groupes[0].Code[^2..]));

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

    private static InjectionResult RenamedGroup(GeneratedSchool s, Random random)
    {
        var group = s.Groupes[^1];
        return new InjectionResult(RenameGroup(s, group.Code, group.Code + "2"), Previous: s with { ExportTime = s.ExportTime.AddDays(-7) });
    }

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

    /// <summary>Renames a group everywhere it appears (structures, services, courses, pupils' memberships).</summary>
    internal static GeneratedSchool RenameGroup(GeneratedSchool s, string from, string to) => s with
    {
        Groupes = s.Groupes.Select(g => g.Code == from ? g with { Code = to } : g).ToList(),
        Services = s.Services.Select(v => v.StructureCode == from ? v with { StructureCode = to } : v).ToList(),
        Cours = s.Cours.Select(c => c.StructureCode == from ? c with { StructureCode = to } : c).ToList(),
        Eleves = s.Eleves.Select(e => e.Groupes.Contains(from) ? e with { Groupes = e.Groupes.Select(g => g == from ? to : g).ToList() } : e).ToList(),
    };
}

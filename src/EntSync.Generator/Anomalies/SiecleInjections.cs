using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>Anomalies planted in SIECLE data (pupils, guardians).</summary>
internal static class SiecleInjections
{
    public static IReadOnlyList<AnomalyInjection> All { get; } =
    [
        new("SIECLE-RESPONSABLE-DOUBLON", "un parent saisi deux fois (même nom, adresse et téléphone, deux fiches)", DuplicateResponsable),
        new("SIECLE-ELEVE-SANS-DIVISION", "un élève inscrit sans classe dans SIECLE", PupilWithoutDivision),
    ];

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
}

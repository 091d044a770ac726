using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>Anomalies planted in SIECLE data (pupils, guardians).</summary>
internal static class SiecleInjections
{
    public static IReadOnlyList<AnomalyInjection> All { get; } =
    [
        new("SIECLE-RESPONSABLE-DOUBLON", "un parent saisi deux fois (même nom, adresse et téléphone, deux fiches)", DuplicateResponsable),
        new("SIECLE-ELEVE-SANS-DIVISION", "un élève inscrit sans classe dans SIECLE", PupilWithoutDivision),
        new("SIECLE-ELEVE-DOUBLON", "un élève saisi deux fois (même INE, deux ELEVE_ID)", DuplicatePupil),
        new("SIECLE-ELEVE-SANS-INE", "un élève sans INE", PupilWithoutIne),
        new("SIECLE-ELEVE-INCOMPLET", "une fiche bloquante : élève né en France sans sexe ni commune de naissance", IncompletePupil),
        new("SIECLE-ELEVE-SANS-RESPONSABLE-LEGAL", "un élève dont aucun responsable n'est légal", PupilWithoutLegalGuardian),
        new("SIECLE-RESPONSABLES-LEGAUX-MULTIPLES", "un élève avec trois responsables légaux", ThirdLegalGuardian),
        new("SIECLE-RESPONSABLE-SANS-CONTACT", "un responsable légal sans téléphone portable ni courriel", GuardianWithoutContact),
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

    private static InjectionResult DuplicatePupil(GeneratedSchool s, Random random)
    {
        // The fiche typed again by hand: new ELEVE_ID, same pupil, same INE, same guardians.
        var original = s.Eleves[Math.Min(2, s.Eleves.Count - 1)];
        var copy = original with
        {
            EleveId = s.Eleves.Max(e => e.EleveId) + 1,
            Elenoet = (1000 + s.Eleves.Count).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Numero = s.Eleves.Count + 1,
        };
        var liens = s.Liens.Where(l => l.EleveId == original.EleveId).Select(l => l with { EleveId = copy.EleveId });
        return new InjectionResult(s with { Eleves = [.. s.Eleves, copy], Liens = [.. s.Liens, .. liens] });
    }

    private static InjectionResult PupilWithoutIne(GeneratedSchool s, Random random) =>
        new(WithEleve(s, Math.Min(3, s.Eleves.Count - 1), e => e with { Ine = null }));

    private static InjectionResult IncompletePupil(GeneratedSchool s, Random random)
    {
        var index = Enumerable.Range(0, s.Eleves.Count).FirstOrDefault(i => i >= Math.Min(4, s.Eleves.Count - 1) && s.Eleves[i].CodePays == "100");
        return new(WithEleve(s, index, e => e with { CodePays = "100", CodeSexe = null, CodeDepartementNaiss = null, CodeCommuneInseeNaiss = null }));
    }

    private static InjectionResult PupilWithoutLegalGuardian(GeneratedSchool s, Random random)
    {
        // Only the legal links go: a contact person, when there is one, stays and is not enough.
        var eleve = s.Eleves[Math.Max(0, s.Eleves.Count - 2)];
        return new(s with { Liens = s.Liens.Where(l => l.EleveId != eleve.EleveId || l.NiveauResponsabilite != 1).ToList() });
    }

    private static InjectionResult ThirdLegalGuardian(GeneratedSchool s, Random random)
    {
        // A guardian (tuteur) declared légal beside both parents, with a name and contact details of his own.
        var eleve = s.Eleves[Math.Min(5, s.Eleves.Count - 1)];
        var tuteur = new GenPersonne
        {
            PersonneId = s.Personnes.Max(p => p.PersonneId) + 1,
            Civilite = "M.",
            NomDeFamille = "VASSEUR",
            Prenom = "Octave",
            TelPortable = "+33799000001",
            Mel = "octave.vasseur@exemple.fr",
            Adresse = new GenAdresse(990001, "7 rue des Lilas", "76000", "76540", "ROUEN"),
        };
        var liens = s.Liens.ToList();
        if (liens.Count(l => l.EleveId == eleve.EleveId && l.NiveauResponsabilite == 1) < 2)
        {
            // Single-parent family: two more legal guardians make three.
            var second = tuteur with { PersonneId = tuteur.PersonneId + 1, Civilite = "MME", Prenom = "Odile", TelPortable = "+33799000002", Mel = "odile.vasseur@exemple.fr" };
            liens.Add(new GenLienResponsable(eleve.EleveId, second.PersonneId, 1, "50", false, 0));
            s = s with { Personnes = [.. s.Personnes, second] };
        }

        liens.Add(new GenLienResponsable(eleve.EleveId, tuteur.PersonneId, 1, "50", false, 0));
        return new(s with { Personnes = [.. s.Personnes, tuteur], Liens = liens });
    }

    private static InjectionResult GuardianWithoutContact(GeneratedSchool s, Random random)
    {
        var eleve = s.Eleves[Math.Min(6, s.Eleves.Count - 1)];
        var lien = s.Liens.First(l => l.EleveId == eleve.EleveId && l.NiveauResponsabilite == 1);
        return new(s with
        {
            Personnes = s.Personnes.Select(p => p.PersonneId == lien.PersonneId ? p with { TelPortable = null, Mel = null } : p).ToList(),
        });
    }

    private static GeneratedSchool WithEleve(GeneratedSchool s, int index, Func<GenEleve, GenEleve> edit)
    {
        var eleves = s.Eleves.ToList();
        eleves[index] = edit(eleves[index]);
        return s with { Eleves = eleves };
    }
}

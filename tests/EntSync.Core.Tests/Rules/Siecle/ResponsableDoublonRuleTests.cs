using EntSync.Core.Rules;
using EntSync.Core.Rules.Siecle;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Siecle.SiecleFixtures;

namespace EntSync.Core.Tests.Rules.Siecle;

public sealed class ResponsableDoublonRuleTests
{
    private readonly ResponsableDoublonRule _rule = new();

    [Fact]
    public void Evaluate_GeneratedDuplicateMother_FlagsBothFichesWithTheirPupils()
    {
        var pair = GeneratedSnapshots.Pair(60, 5, "SIECLE-RESPONSABLE-DOUBLON");
        var personnes = pair.Current.Responsables!.Personnes;
        var copy = personnes[^1];

        var anomaly = Assert.Single(Run(_rule, pair));

        Assert.Equal("SIECLE-RESPONSABLE-DOUBLON", anomaly.Code);
        Assert.Equal($"PERSONNE_ID:2000000+{copy.PersonneId}", anomaly.Subject);
        Assert.Contains("même adresse, même téléphone portable, même courriel", anomaly.Message);
        var eleves = pair.Current.Eleves!.Eleves;
        Assert.Contains($"{eleves[0].NomDeFamille} {eleves[0].Prenom}", anomaly.Message);
        Assert.Contains($"{eleves[1].NomDeFamille} {eleves[1].Prenom}", anomaly.Message);
        Assert.Contains(copy.Prenom!, anomaly.Message);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(Run(_rule, GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void Evaluate_SameNameTypedDifferentlyAtSameAddressLine_FlagsOneAnomaly()
    {
        var a = Personne("2001", "LE BŒUF-MARTIN", "Hélène", adresse: Adresse("91", "12 rue Victor Hugo"));
        var b = Personne("2002", "Le Boeuf  Martin", "HELENE", adresse: Adresse("92", "12, Rue Victor-Hugo"));
        var snapshot = School([Eleve("1"), Eleve("2", prenom: "Zoé")], [b, a], [Lien("1", "2001"), Lien("2", "2002")]);

        var anomaly = Assert.Single(Run(_rule, snapshot));

        Assert.Equal("PERSONNE_ID:2001+2002", anomaly.Subject);
        Assert.Contains("(même nom, même adresse)", anomaly.Message);
        Assert.Contains("fiche « MME LE BŒUF-MARTIN Hélène » rattachée à MARTIN Léa (née le 12/03/2014, 6E2)", anomaly.Message);
        Assert.Contains("fiche « MME Le Boeuf  Martin HELENE » rattachée à MARTIN Zoé", anomaly.Message);
        Assert.Equal(["ResponsablesAvecAdresses.xml", "ElevesSansAdresses.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_SameNameAndMobileTypedDifferently_Flags()
    {
        var a = Personne("2001", adresse: Adresse("91")) with { TelPortable = "06 12 34 56 78" };
        var b = Personne("2002", adresse: Adresse("92", "3 place de l'Église", "76600")) with { TelPortable = "+33612345678" };

        var anomaly = Assert.Single(Run(_rule, School([Eleve("1")], [a, b], [Lien("1", "2001"), Lien("1", "2002")])));

        Assert.Contains("(même nom, même téléphone portable)", anomaly.Message);
    }

    [Fact]
    public void Evaluate_UsageNameOnOneFicheFamilyNameOnTheOther_FlagsOnSameEmail()
    {
        var a = Personne("2001", "DURAND", adresse: Adresse("91")) with { NomUsage = "MARTIN", Mel = "Sophie.Martin@Exemple.fr" };
        var b = Personne("2002", "MARTIN", adresse: Adresse("92", "3 place de l'Église", "76600")) with { Mel = "sophie.martin@exemple.fr " };

        var anomaly = Assert.Single(Run(_rule, School([Eleve("1")], [a, b], [Lien("1", "2001"), Lien("1", "2002")])));

        Assert.Equal("PERSONNE_ID:2001+2002", anomaly.Subject);
        Assert.Contains("même courriel", anomaly.Message);
    }

    [Fact]
    public void Evaluate_SameAdresseIdWithoutAddressBlock_Flags()
    {
        var a = Personne("2001") with { AdresseId = "189317" };
        var b = Personne("2002") with { AdresseId = "189317" };

        var anomaly = Assert.Single(Run(_rule, School([Eleve("1")], [a, b], [Lien("1", "2001")])));

        Assert.Contains("même adresse", anomaly.Message);
        Assert.Contains("rattachée à aucun élève", anomaly.Message);
    }

    [Fact]
    public void Evaluate_TripleEntry_IsOneAnomalyWithThreeIds()
    {
        var adresse = Adresse("91");
        var personnes = new[] { Personne("2010", adresse: adresse), Personne("2002", adresse: adresse), Personne("2003", adresse: adresse) };

        var anomaly = Assert.Single(Run(_rule, School([Eleve("1")], personnes, [Lien("1", "2010")])));

        Assert.Equal("PERSONNE_ID:2002+2003+2010", anomaly.Subject);
        Assert.Contains("saisie 3 fois", anomaly.Message);
    }

    [Fact]
    public void Evaluate_HomonymsWithNothingElseInCommon_FlagsNothing()
    {
        var a = Personne("2001", adresse: Adresse("91"));
        var b = Personne("2002", adresse: Adresse("92", "3 place de l'Église", "76600"));

        Assert.Empty(Run(_rule, School([Eleve("1"), Eleve("2")], [a, b], [Lien("1", "2001"), Lien("2", "2002")])));
    }

    [Fact]
    public void Evaluate_CoupleSharingAddressPhoneAndEmail_FlagsNothing()
    {
        var adresse = Adresse("91");
        var mere = Personne("2001", "MARTIN", "Sophie", adresse: adresse) with { TelPortable = "0612345678", Mel = "famille@exemple.fr" };
        var pere = Personne("2002", "MARTIN", "Paul", "M.", adresse) with { TelPortable = "0612345678", Mel = "famille@exemple.fr" };

        Assert.Empty(Run(_rule, School([Eleve("1")], [mere, pere], [Lien("1", "2001"), Lien("1", "2002")])));
    }

    [Fact]
    public void Evaluate_FatherAndMotherBothNamedCamille_FlagsNothing()
    {
        var adresse = Adresse("91");
        var mere = Personne("2001", "MARTIN", "Camille", "MME", adresse);
        var pere = Personne("2002", "MARTIN", "Camille", "M.", adresse);

        Assert.Empty(Run(_rule, School([Eleve("1")], [mere, pere], [Lien("1", "2001"), Lien("1", "2002")])));
    }

    [Fact]
    public void Evaluate_DuplicateLinkedOnlyToLeavers_FlagsNothing()
    {
        var adresse = Adresse("91");
        var parti = Eleve("1") with { DateSortie = new DateOnly(2026, 7, 4) };

        Assert.Empty(Run(_rule, School([parti], [Personne("2001", adresse: adresse), Personne("2002", adresse: adresse)], [Lien("1", "2001"), Lien("1", "2002")])));
    }

    [Fact]
    public void Evaluate_WithoutPupilExport_StillFlagsLinkedDuplicatesById()
    {
        var adresse = Adresse("91");
        var snapshot = School(null, [Personne("2001", adresse: adresse), Personne("2002", adresse: adresse)], [Lien("1000", "2001")]);

        var anomaly = Assert.Single(Run(_rule, snapshot));

        Assert.Contains("l'élève ELEVE_ID 1000", anomaly.Message);
        Assert.Equal(["ResponsablesAvecAdresses.xml"], anomaly.Files);
    }

    [Fact]
    public void MissingInput_NoGuardianExport_SaysWhich()
    {
        Assert.Equal("pas d'export reçu : SIECLE – responsables", _rule.MissingInput(new SnapshotPair(School([Eleve("1")]), null)));
    }

    [SampleFact]
    public void Evaluate_DossierscoSharedAddress_IsNotADuplicate()
    {
        // Three persons share ADRESSE 189317, and TRUC Bidule and LOVELACE Ada even share phone and e-mail: a household,
        // not one person typed twice (names differ), so no duplicate by the guide's definition.
        var snapshot = SiecleSampleSnapshots.Of("siecle-bee/dossiersco/responsables_avec_adresses_simple.xml");

        Assert.Empty(_rule.Evaluate(new SnapshotPair(snapshot, null), Settings));
    }
}

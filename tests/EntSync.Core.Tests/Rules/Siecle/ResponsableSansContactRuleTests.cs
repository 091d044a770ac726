using EntSync.Core.Rules;
using EntSync.Core.Rules.Siecle;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Siecle.SiecleFixtures;

namespace EntSync.Core.Tests.Rules.Siecle;

public sealed class ResponsableSansContactRuleTests
{
    private readonly ResponsableSansContactRule _rule = new();

    [Fact]
    public void Evaluate_GeneratedGuardianWithoutContact_FlagsThePerson()
    {
        var pair = GeneratedSnapshots.Pair(60, 5, "SIECLE-RESPONSABLE-SANS-CONTACT");
        var personne = pair.Current.Responsables!.Personnes.Single(p => p.TelPortable is null && p.Mel is null);

        var anomaly = Assert.Single(Run(_rule, pair));

        Assert.Equal("SIECLE-RESPONSABLE-SANS-CONTACT", anomaly.Code);
        Assert.Equal($"PERSONNE_ID:{personne.PersonneId}", anomaly.Subject);
        Assert.Contains($"{personne.NomDeFamille} {personne.Prenom}", anomaly.Message);
        Assert.Contains(pair.Current.Eleves!.Eleves[6].Prenom!, anomaly.Message);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(Run(_rule, GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void Evaluate_GuardianOfTwoPupilsWithoutMobileNorMail_IsOneAnomalyNamingBoth()
    {
        var mere = Personne("2001") with { TelPortable = "", Mel = null, TelPersonnel = "0232000000" };
        var snapshot = School([Eleve("10"), Eleve("11", prenom: "Zoé")], [mere], [Lien("10", "2001"), Lien("11", "2001")]);

        var anomaly = Assert.Single(Run(_rule, snapshot));

        Assert.Equal("PERSONNE_ID:2001", anomaly.Subject);
        Assert.Equal("MME MARTIN Sophie, responsable légale de MARTIN Léa (née le 12/03/2014, 6E2), MARTIN Zoé (née le 12/03/2014, 6E2), " +
            "n'a ni téléphone portable ni courriel — ResponsablesAvecAdresses.xml.", anomaly.Message);
    }

    [Fact]
    public void Evaluate_MobileOrMailEnough_FlagsNothing()
    {
        var mobile = Personne("2001") with { Mel = null };
        var mel = Personne("2002") with { TelPortable = null };

        Assert.Empty(Run(_rule, School([Eleve("10")], [mobile, mel], [Lien("10", "2001"), Lien("10", "2002")])));
    }

    [Fact]
    public void Evaluate_ContactPersonOrGuardianOfLeaver_FlagsNothing()
    {
        var contact = Personne("2001") with { TelPortable = null, Mel = null };
        var parentDeSorti = Personne("2002") with { TelPortable = null, Mel = null };
        var sorti = Eleve("11") with { DateSortie = new DateOnly(2026, 7, 4) };

        Assert.Empty(Run(_rule, School([Eleve("10"), sorti], [contact, parentDeSorti], [Lien("10", "2001", niveau: 3), Lien("11", "2002")])));
    }

    [Fact]
    public void MissingInput_EitherExportAbsent_SaysWhich()
    {
        Assert.Equal("pas d'export reçu : SIECLE – responsables", _rule.MissingInput(new SnapshotPair(School([Eleve("1")]), null)));
        Assert.Equal("pas d'export reçu : SIECLE – élèves", _rule.MissingInput(new SnapshotPair(School(null, [Personne("1")]), null)));
    }
}

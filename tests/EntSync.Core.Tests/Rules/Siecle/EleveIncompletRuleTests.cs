using EntSync.Core.Rules;
using EntSync.Core.Rules.Siecle;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Siecle.SiecleFixtures;

namespace EntSync.Core.Tests.Rules.Siecle;

public sealed class EleveIncompletRuleTests
{
    private readonly EleveIncompletRule _rule = new();

    [Fact]
    public void Evaluate_GeneratedBlockingFiche_ListsSexAndBirthCommune()
    {
        var pair = GeneratedSnapshots.Pair(60, 5, "SIECLE-ELEVE-INCOMPLET");

        var anomaly = Assert.Single(Run(_rule, pair));

        var eleve = pair.Current.Eleves!.Eleves.Single(e => e.CodeSexe is null);
        Assert.Equal("SIECLE-ELEVE-INCOMPLET", anomaly.Code);
        Assert.Equal($"ELEVE_ID:{eleve.EleveId}", anomaly.Subject);
        Assert.Contains("sexe non renseigné, commune de naissance manquante (né(e) en France)", anomaly.Message);
        Assert.DoesNotContain("MEF", anomaly.Message);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(Run(_rule, GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void Evaluate_MissingBirthDateAndMef_ListsBothInOneAnomaly()
    {
        var eleve = Eleve("10") with { DateNaiss = null, CodeMef = "" };

        var anomaly = Assert.Single(Run(_rule, School([eleve, Eleve("11")])));

        Assert.Equal("ELEVE_ID:10", anomaly.Subject);
        Assert.Equal("Fiche incomplète de MARTIN Léa (6E2) : date de naissance manquante, MEF manquant — ElevesSansAdresses.xml.", anomaly.Message);
    }

    [Fact]
    public void Evaluate_UnknownSexCodeOrMissingCountry_Flags()
    {
        var anomalies = Run(_rule, School([Eleve("10") with { CodeSexe = "3" }, Eleve("11") with { CodePays = null }]));

        Assert.Equal(["ELEVE_ID:10", "ELEVE_ID:11"], anomalies.Select(a => a.Subject));
        Assert.Contains("sexe non renseigné", anomalies[0].Message);
        Assert.Contains("pays de naissance manquant", anomalies[1].Message);
    }

    [Fact]
    public void Evaluate_BornAbroadWithoutCommune_FlagsNothing()
    {
        var londres = Eleve("10") with { CodePays = "132", CodeCommuneInseeNaiss = null, VilleNaiss = "LONDRES" };

        Assert.Empty(Run(_rule, School([londres])));
    }

    [Fact]
    public void Evaluate_LeaverWithIncompleteFiche_FlagsNothing()
    {
        var sorti = Eleve("10") with { CodeSexe = null, DateSortie = new DateOnly(2026, 9, 30) };

        Assert.Empty(Run(_rule, School([sorti])));
    }

    [Fact]
    public void MissingInput_NoPupilExport_SaysWhich()
    {
        Assert.Equal("pas d'export reçu : SIECLE – élèves", _rule.MissingInput(new SnapshotPair(School(null, [Personne("1")]), null)));
    }

    [SampleFact]
    public void Evaluate_PixRegistrations_FlagsOnlyActivePupilsWithoutSex()
    {
        // No fiche of that file carries CODE_SEXE; 0002 (« Inactifs ») and 0005 (left in 2019) are not pupils any more.
        var snapshot = SiecleSampleSnapshots.Of("siecle-bee/pix/siecle-with-registrations-no-longer-in-school.xml");

        var anomalies = _rule.Evaluate(new SnapshotPair(snapshot, null), Settings).ToList();

        Assert.Equal(["ELEVE_ID:0001", "ELEVE_ID:0003", "ELEVE_ID:0004"], anomalies.Select(a => a.Subject));
        Assert.All(anomalies, a => Assert.Contains("sexe non renseigné", a.Message));
    }
}

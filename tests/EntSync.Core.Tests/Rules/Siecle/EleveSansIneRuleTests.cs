using EntSync.Core.Rules;
using EntSync.Core.Rules.Siecle;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Siecle.SiecleFixtures;

namespace EntSync.Core.Tests.Rules.Siecle;

public sealed class EleveSansIneRuleTests
{
    private readonly EleveSansIneRule _rule = new();

    [Fact]
    public void Evaluate_GeneratedPupilWithoutIne_FlagsIt()
    {
        var pair = GeneratedSnapshots.Pair(60, 5, "SIECLE-ELEVE-SANS-INE");
        var eleve = pair.Current.Eleves!.Eleves[3];

        var anomaly = Assert.Single(Run(_rule, pair));

        Assert.Equal("SIECLE-ELEVE-SANS-INE", anomaly.Code);
        Assert.Equal($"ELEVE_ID:{eleve.EleveId}", anomaly.Subject);
        Assert.Contains($"{eleve.NomDeFamille} {eleve.Prenom}", anomaly.Message);
        Assert.EndsWith("ElevesAvecAdresses.xml", Assert.Single(anomaly.Files));
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(Run(_rule, GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void Evaluate_ActivePupilWithoutAnyIne_Flags()
    {
        var anomaly = Assert.Single(Run(_rule, School([Eleve("10"), Eleve("11", prenom: "Zoé") with { Ine = " " }])));

        Assert.Equal("ELEVE_ID:11", anomaly.Subject);
        Assert.Equal("MARTIN Zoé (née le 12/03/2014, 6E2) n'a pas d'INE (identifiant national vide) — ElevesSansAdresses.xml.", anomaly.Message);
    }

    [Fact]
    public void Evaluate_IneInRnieOrBeaVariant_FlagsNothing()
    {
        var rnie = Eleve("10") with { Ine = null, IneRnie = "123456789AB" };
        var bea = Eleve("11") with { Ine = null, IneBea = "123456789AC" };

        Assert.Empty(Run(_rule, School([rnie, bea])));
    }

    [Fact]
    public void Evaluate_LeaversWithoutIne_FlagNothing()
    {
        var sorti = Eleve("10") with { Ine = null, DateSortie = new DateOnly(2026, 9, 30) };
        var inactif = Eleve("11", division: "INACTIFS") with { Ine = null };

        Assert.Empty(Run(_rule, School([sorti, inactif])));
    }

    [Fact]
    public void Evaluate_LeavingLaterThisYear_IsStillActive()
    {
        var partira = Eleve("10") with { Ine = null, DateSortie = new DateOnly(2026, 12, 18) };

        Assert.Single(Run(_rule, School([partira])));
    }

    [Fact]
    public void MissingInput_NoPupilExport_SaysWhich()
    {
        Assert.Equal("pas d'export reçu : SIECLE – élèves", _rule.MissingInput(new SnapshotPair(School(null, [Personne("1")]), null)));
    }

    [SampleFact]
    public void Evaluate_PixNoNationalStudentId_FlagsThePupil()
    {
        var snapshot = SiecleSampleSnapshots.Of("siecle-bee/pix/siecle-with-no-national-student-id.xml");

        var anomaly = Assert.Single(_rule.Evaluate(new SnapshotPair(snapshot, null), Settings));

        Assert.Equal("ELEVE_ID:0002", anomaly.Subject);
        Assert.Contains("COJAUNE Harry", anomaly.Message);
    }
}

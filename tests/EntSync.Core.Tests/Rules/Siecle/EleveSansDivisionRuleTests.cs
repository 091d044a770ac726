using EntSync.Core.Rules;
using EntSync.Core.Rules.Siecle;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Siecle.SiecleFixtures;

namespace EntSync.Core.Tests.Rules.Siecle;

public sealed class EleveSansDivisionRuleTests
{
    private readonly EleveSansDivisionRule _rule = new();

    [Fact]
    public void Evaluate_GeneratedPupilWithoutDivision_FlagsIt()
    {
        var pair = GeneratedSnapshots.Pair(60, 5, "SIECLE-ELEVE-SANS-DIVISION");
        var eleve = pair.Current.Eleves!.Eleves[^1];

        var anomaly = Assert.Single(Run(_rule, pair));

        Assert.Equal("SIECLE-ELEVE-SANS-DIVISION", anomaly.Code);
        Assert.Equal($"ELEVE_ID:{eleve.EleveId}", anomaly.Subject);
        Assert.Contains($"{eleve.NomDeFamille} {eleve.Prenom}", anomaly.Message);
        Assert.Contains("à aucune division", anomaly.Message);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(Run(_rule, GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void Evaluate_OnePupilWithoutDivision_FlagsOnlyHim()
    {
        var anomaly = Assert.Single(Run(_rule, School([Eleve("10"), Eleve("11", "DUPONT", "Paul", division: " ") with { CodeSexe = "1" }])));

        Assert.Equal("ELEVE_ID:11", anomaly.Subject);
        Assert.Equal("DUPONT Paul (né le 12/03/2014, sans classe) : inscrit mais affecté à aucune division — ElevesSansAdresses.xml.", anomaly.Message);
    }

    [Fact]
    public void Evaluate_InactifsAndLeavers_FlagNothing()
    {
        var inactif = Eleve("11", division: "Inactifs");
        var sorti = Eleve("12", division: null) with { DateSortie = new DateOnly(2026, 10, 1) };

        Assert.Empty(Run(_rule, School([Eleve("10"), inactif, sorti])));
    }

    [Fact]
    public void Evaluate_NoPupilHasAClass_IsOneAnomalyForTheExport()
    {
        var eleves = Enumerable.Range(10, 30).Select(i => Eleve(i.ToString(), division: null)).ToList();

        var anomaly = Assert.Single(Run(_rule, School(eleves)));

        Assert.Equal("SiecleEleves:aucune-division", anomaly.Subject);
        Assert.Contains("Aucun des 30 élèves inscrits n'a de classe", anomaly.Message);
    }

    [Fact]
    public void MissingInput_NoPupilExport_SaysWhich()
    {
        Assert.Equal("pas d'export reçu : SIECLE – élèves", _rule.MissingInput(new SnapshotPair(School(null, [Personne("1")]), null)));
    }

    [SampleFact]
    public void Evaluate_PixRegistrations_FlagsPupilsWithoutDStructureOnly()
    {
        // 0001 has no STRUCTURES_ELEVE, 0004 only a group: both active without class. 0002 sits in « Inactifs », 0005 left.
        var snapshot = SiecleSampleSnapshots.Of("siecle-bee/pix/siecle-with-registrations-no-longer-in-school.xml");

        var anomalies = _rule.Evaluate(new SnapshotPair(snapshot, null), Settings).ToList();

        Assert.Equal(["ELEVE_ID:0001", "ELEVE_ID:0004"], anomalies.Select(a => a.Subject));
    }
}

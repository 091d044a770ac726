using EntSync.Core.Model.Sts;
using EntSync.Core.Rules;
using EntSync.Core.Rules.EleveGroupe;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.EdtEleves.PupilFixtures;
using static EntSync.Core.Tests.Rules.EleveGroupe.EleveGroupeFixtures;

namespace EntSync.Core.Tests.Rules.EleveGroupe;

public sealed class EleveGroupeGroupeInconnuRuleTests
{
    private readonly EleveGroupeGroupeInconnuRule _rule = new();

    private static readonly Model.EleveGroupe.EleveGroupeExport File = EleveGroupeFile(
        GroupePupil("1000001", "MARTIN", "Léa", "2014-03-12", "6E1ES", "6E1LAT"),
        GroupePupil("1000002", "DUPONT", "Jules", "2014-06-30", "6E1LAT"),
        GroupePupil("1000003", "PETIT", "Hugo", "2014-05-05", "6E1AL"));

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, Settings).ToList();

    [Fact]
    public void Evaluate_GroupMissingFromSiecleStructures_OneAnomalyPerGroup()
    {
        var anomalies = Run(Pair(File, structures: SiecleStructures("6E1ES", "6E1AL")));

        var anomaly = Assert.Single(anomalies);
        Assert.Equal("ELEGROUPE-GROUPE-INCONNU", anomaly.Code);
        Assert.Equal("GROUPE:6E1LAT", anomaly.Subject);
        Assert.Contains("« 6E1LAT »", anomaly.Message);
        Assert.Contains("structures de SIECLE (Structures.xml)", anomaly.Message);
        Assert.Contains("ses 2 élèves (MARTIN Léa (né(e) le 12/03/2014), DUPONT Jules", anomaly.Message);
        Assert.Equal([FileName, "Structures.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_SiecleStructuresWin_OverStsAndPupils()
    {
        var sts = new StsEmpExport { Groupes = [new StsGroupe { Code = "6E1LAT" }] };

        Assert.Equal(2, Run(Pair(File, Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12")), SiecleStructures("6E1ES"), sts)).Count);
    }

    [Fact]
    public void Evaluate_WithoutSiecleStructures_StsGroupsAreTheReference()
    {
        var sts = new StsEmpExport { Groupes = [new StsGroupe { Code = "6E1ES" }, new StsGroupe { Code = "6E1LAT" }] };

        var anomaly = Assert.Single(Run(Pair(File, sts: sts)));

        Assert.Equal("GROUPE:6E1AL", anomaly.Subject);
        Assert.Contains("STS-Web", anomaly.Message);
    }

    [Fact]
    public void Evaluate_OnlySieclePupils_TheirGroupsAreTheReference()
    {
        var eleves = Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12"), SiecleEleve("1000003", "PETIT", "HUGO", "2014-05-05") with { Groupes = ["6E1AL"] });

        var anomaly = Assert.Single(Run(Pair(File, eleves)));

        Assert.Equal("GROUPE:6E1LAT", anomaly.Subject);
        Assert.Contains("aucun élève de ElevesSansAdresses.xml", anomaly.Message);
    }

    [Fact]
    public void Evaluate_InjectedTimetableOnlyGroup_IsDetected()
    {
        var anomaly = Assert.Single(Run(GeneratedSnapshots.Pair(60, 5, "ELEGROUPE-GROUPE-INCONNU")));

        Assert.Equal("GROUPE:6E1LAT", anomaly.Subject);
        Assert.Contains("ses 3 élèves", anomaly.Message);
    }

    [Fact]
    public void Evaluate_GeneratedSchool_EveryGroupIsKnown()
    {
        Assert.Empty(Run(GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void MissingInput_NoFileOrNoReference_SaysWhich()
    {
        Assert.Contains("Liens élève-groupe", _rule.MissingInput(Pair(null, Eleves())));
        Assert.Contains("SIECLE – structures", _rule.MissingInput(Pair(File)));
        Assert.Null(_rule.MissingInput(Pair(File, sts: new StsEmpExport())));
    }
}

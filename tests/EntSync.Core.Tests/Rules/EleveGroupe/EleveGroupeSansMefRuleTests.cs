using EntSync.Core.Rules;
using EntSync.Core.Rules.EleveGroupe;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.EdtEleves.PupilFixtures;
using static EntSync.Core.Tests.Rules.EleveGroupe.EleveGroupeFixtures;

namespace EntSync.Core.Tests.Rules.EleveGroupe;

public sealed class EleveGroupeSansMefRuleTests
{
    private readonly EleveGroupeSansMefRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, Settings).ToList();

    [Fact]
    public void Evaluate_GroupedPupilWithoutMef_IsReportedWithTheGroups()
    {
        var siecle = Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12", mef: null), SiecleEleve("1000002", "DUPONT", "JULES", "2014-06-30"));
        var file = EleveGroupeFile(GroupePupil("1000001", "MARTIN", "Léa", "2014-03-12", "6E1ES"), GroupePupil("1000002", "DUPONT", "Jules", "2014-06-30", "6E1ES"));

        var anomaly = Assert.Single(Run(Pair(file, siecle)));

        Assert.Equal("ELEGROUPE-ELEVE-SANS-MEF", anomaly.Code);
        Assert.Equal("ELEVE_ID:1000001", anomaly.Subject);
        Assert.Contains("MARTIN LEA (née le 12/03/2014, 6E1) n'a pas de MEF", anomaly.Message);
        Assert.Contains("le groupe 6E1ES", anomaly.Message);
    }

    [Fact]
    public void Evaluate_PupilWithoutMefNotInTheFile_IsNotThisCheck()
    {
        var siecle = Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12", mef: null), SiecleEleve("1000002", "DUPONT", "JULES", "2014-06-30"));

        Assert.Empty(Run(Pair(EleveGroupeFile(GroupePupil("1000002", "DUPONT", "Jules", "2014-06-30", "6E1ES")), siecle)));
    }

    [Fact]
    public void Evaluate_InjectedPupilWithoutMef_IsDetected()
    {
        var anomaly = Assert.Single(Run(GeneratedSnapshots.Pair(60, 5, "ELEGROUPE-ELEVE-SANS-MEF")));

        Assert.Equal("ELEVE_ID:1000001", anomaly.Subject);
    }

    [Fact]
    public void Evaluate_GeneratedSchool_EveryPupilHasAMef()
    {
        Assert.Empty(Run(GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void MissingInput_NoSiecle_SaysSo()
    {
        Assert.Contains("SIECLE – élèves", _rule.MissingInput(Pair(EleveGroupeFile())));
    }
}

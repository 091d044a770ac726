using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Edt;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Edt;

public sealed class StructureInconnueRuleTests
{
    private readonly StructureInconnueRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, CheckSettings.Default).ToList();

    [Fact]
    public void Evaluate_GroupUnknownToSts_FlaggedWithItsCourses()
    {
        var edt = new TimetableFixture().Classe("6 A", "6A-G1").Groupe("6AES", "6 A").Groupe("6ALAT", "6 A").Prof("1", "DUPONT", "Jean")
            .Cours("MATHS", ["1"], ["6 A"]).Cours("ESP2", ["1"], ["6AES"]).Cours("LATIN", ["1"], ["6ALAT"], times: 2)
            .Cours("SVT", ["1"], ["6A-G1"]).Build();
        var sts = TimetableFixture.Sts([], ["6 A"], ["6AES"]);

        var anomaly = Assert.Single(Run(new SnapshotPair(TimetableFixture.Snapshot(edt, sts), null)));

        Assert.Equal("EDT-STRUCTURE-INCONNUE", anomaly.Code);
        Assert.Equal("STRUCTURE:6ALAT", anomaly.Subject);
        Assert.Contains("Le groupe « 6ALAT » de l'emploi du temps (2 cours) n'existe pas dans STS-Web", anomaly.Message);
    }

    [Fact]
    public void Evaluate_ClassThatStsKnowsAsAGroup_SaysSo()
    {
        var edt = new TimetableFixture().Classe("6AES").Prof("1", "DUPONT", "Jean").Cours("ESP2", ["1"], ["6AES"]).Build();
        var sts = TimetableFixture.Sts([], ["6A"], ["6AES"]);

        var anomaly = Assert.Single(Run(new SnapshotPair(TimetableFixture.Snapshot(edt, sts), null)));

        Assert.Contains("La classe « 6AES »", anomaly.Message);
        Assert.Contains("connaît comme groupe", anomaly.Message);
    }

    [Fact]
    public void Evaluate_StructureWithoutCourse_IsLeftAlone()
    {
        var edt = new TimetableFixture().Classe("6A").Groupe("6AVIDE", "6A").Build();

        Assert.Empty(Run(new SnapshotPair(TimetableFixture.Snapshot(edt, TimetableFixture.Sts([], ["6A"])), null)));
    }

    [Theory]
    [InlineData(ExportKind.EdtClair)]
    [InlineData(ExportKind.Udt)]
    [InlineData(ExportKind.EdtTexte)]
    [InlineData(ExportKind.EdtSts)]
    public void Evaluate_GeneratedGroupUnknownToSts_DetectedWhateverTheSource(ExportKind source)
    {
        var pair = TimetableSource.Using(GeneratedSnapshots.Pair(60, 5, "EDT-STRUCTURE-INCONNUE"), source);

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("STRUCTURE:3E1AL", anomaly.Subject);
        Assert.Contains("« 3E1AL » de l'emploi du temps (3 cours)", anomaly.Message);
    }

    [Theory]
    [InlineData(ExportKind.EdtClair)]
    [InlineData(ExportKind.Udt)]
    [InlineData(ExportKind.EdtTexte)]
    [InlineData(ExportKind.EdtSts)]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing(ExportKind source)
    {
        Assert.Empty(Run(TimetableSource.Using(GeneratedSnapshots.Pair(60, 5), source)));
    }

    [Fact]
    public void MissingInput_NoStsEmp_SaysSo()
    {
        var edt = new TimetableFixture().Classe("6A").Build();

        Assert.Contains("sts_emp", _rule.MissingInput(new SnapshotPair(TimetableFixture.Snapshot(edt), null)));
    }
}

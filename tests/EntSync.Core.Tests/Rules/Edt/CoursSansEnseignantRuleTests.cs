using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Edt;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Edt;

public sealed class CoursSansEnseignantRuleTests
{
    private readonly CoursSansEnseignantRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, CheckSettings.Default).ToList();

    [Fact]
    public void Evaluate_CoursesWithoutTeacher_GroupedByStructureAndSubject()
    {
        var edt = new TimetableFixture().Classe("6A").Classe("6B").Prof("1", "DUPONT", "Jean")
            .Cours("EPS", [], ["6A"], times: 3).Cours("EPS", ["1"], ["6A"]).Cours("EPS", [], ["6B"]).Cours("CLUB", [], []).Build();

        var anomalies = Run(new SnapshotPair(TimetableFixture.Snapshot(edt), null));

        Assert.Equal(["COURS:6A|EPS", "COURS:6B|EPS", "COURS:|CLUB"], anomalies.Select(a => a.Subject));
        Assert.All(anomalies, a => Assert.Equal("EDT-COURS-SANS-ENSEIGNANT", a.Code));
        Assert.Contains("3 cours de EPS en 6A sans enseignant", anomalies[0].Message);
        Assert.Contains("sans classe ni groupe", anomalies[2].Message);
    }

    [Fact]
    public void Evaluate_EveryCourseHasATeacher_FlagsNothing()
    {
        var edt = new TimetableFixture().Classe("6A").Prof("1", "DUPONT", "Jean").Cours("EPS", ["1"], ["6A"], times: 3).Build();

        Assert.Empty(Run(new SnapshotPair(TimetableFixture.Snapshot(edt), null)));
    }

    [Theory]
    [InlineData(ExportKind.EdtClair)]
    [InlineData(ExportKind.Udt)]
    [InlineData(ExportKind.EdtTexte)]
    public void Evaluate_GeneratedCoursesWithoutTeacher_DetectedWhateverTheSource(ExportKind source)
    {
        var pair = TimetableSource.Using(GeneratedSnapshots.Pair(60, 5, "EDT-COURS-SANS-ENSEIGNANT"), source);

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("COURS:6E1|EPS", anomaly.Subject);
        Assert.Contains("3 cours de EPS en 6E1", anomaly.Message);
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
    public void MissingInput_NoTimetable_SaysSo()
    {
        var snapshot = new SnapshotBuilder().With(ExportKind.StsEmp, TimetableFixture.Sts([], [])).Build();

        Assert.Contains("emploi du temps", _rule.MissingInput(new SnapshotPair(snapshot, null)));
    }
}

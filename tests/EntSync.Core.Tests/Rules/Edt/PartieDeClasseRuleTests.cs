using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Edt;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Edt;

public sealed class PartieDeClasseRuleTests
{
    private readonly PartieDeClasseRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, CheckSettings.Default).ToList();

    [Fact]
    public void Evaluate_CoursesGivenToAPartie_OneAnomalyCountingThem()
    {
        var edt = new TimetableFixture().Classe("6A", "6A-G1", "6A-G2").Prof("1", "DUPONT", "Jean")
            .Cours("SVT", ["1"], ["6A-G1"], times: 2).Cours("PH-CH", ["1"], ["6A-G1"]).Cours("MATHS", ["1"], ["6A"]).Build();

        var anomaly = Assert.Single(Run(new SnapshotPair(TimetableFixture.Snapshot(edt), null)));

        Assert.Equal("EDT-PARTIE-DE-CLASSE", anomaly.Code);
        Assert.StartsWith("PARTIE:6A (partie ", anomaly.Subject);
        Assert.Contains("« 6A (partie", anomaly.Message);
        Assert.Contains("3 cours (SVT, PH-CH)", anomaly.Message);
        Assert.Equal(["Edt_To_Partenaire_0769990A_Enclair.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_PartiesOnlyBuildingGroups_FlagsNothing()
    {
        var edt = new TimetableFixture().Classe("6A", "6A-G1").Groupe("6AES", "6A", "6A-G1").Prof("1", "DUPONT", "Jean")
            .Eleve(1, "6A", parties: ["6A-G1"]).Cours("ESP2", ["1"], ["6AES"]).Build();

        Assert.Empty(Run(new SnapshotPair(TimetableFixture.Snapshot(edt), null)));
    }

    [Fact]
    public void Evaluate_GeneratedPartie_IsDetectedInTheEdtExport()
    {
        var pair = GeneratedSnapshots.Pair(60, 5, "EDT-PARTIE-DE-CLASSE");

        var anomaly = Assert.Single(Run(pair));

        Assert.StartsWith("PARTIE:6E1 (partie ", anomaly.Subject);
        Assert.Contains("2 cours (SVT)", anomaly.Message);
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
    public void Evaluate_GeneratedPartieSeenThroughUdt_IsAClassCourse()
    {
        // UDT has no parties de classe: the generator writes those courses to the whole class.
        Assert.Empty(Run(TimetableSource.Using(GeneratedSnapshots.Pair(60, 5, "EDT-PARTIE-DE-CLASSE"), ExportKind.Udt)));
    }

    [Fact]
    public void MissingInput_NoTimetable_SaysSo()
    {
        var snapshot = new SnapshotBuilder().With(ExportKind.StsEmp, TimetableFixture.Sts([], [])).Build();

        Assert.Contains("emploi du temps", _rule.MissingInput(new SnapshotPair(snapshot, null)));
        Assert.Null(_rule.MissingInput(GeneratedSnapshots.Pair(60, 5)));
    }
}

using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Edt;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Edt;

public sealed class EnseignantSansServiceStsRuleTests
{
    private static readonly DateOnly Born = new(1975, 6, 2);
    private readonly EnseignantSansServiceStsRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, CheckSettings.Default).ToList();

    [Fact]
    public void Evaluate_MatchedTeacherWithoutService_Flagged()
    {
        var edt = new TimetableFixture().Classe("6A")
            .Prof("1", "DUPONT", "Jean", Born, idSts: "501").Prof("2", "MARTIN", "Léa", Born).Prof("3", "PETIT", "Rémi", Born)
            .Cours("MATHS", ["1"], ["6A"]).Cours("FRANC", ["2"], ["6A"], times: 4).Build();
        var sts = TimetableFixture.Sts(
            [TimetableFixture.Individu("501", "DUPONT", "Jean"), TimetableFixture.Individu("502", "MARTIN", "Léa", Born), TimetableFixture.Individu("503", "PETIT", "Rémi", Born)],
            ["6A"], services: [TimetableFixture.Service("6A", "061300", "501")]);

        var anomaly = Assert.Single(Run(new SnapshotPair(TimetableFixture.Snapshot(edt, sts), null)));

        Assert.Equal("EDT-ENSEIGNANT-SANS-SERVICE-STS", anomaly.Code);
        Assert.Equal("INDIVIDU:502", anomaly.Subject);
        Assert.Contains("MARTIN Léa (né(e) le 02/06/1975) a 4 cours dans l'emploi du temps mais aucun service dans STS-Web", anomaly.Message);
        Assert.Contains("INDIVIDU 502", anomaly.Message);
    }

    [Fact]
    public void Evaluate_StsWithoutAnyService_OneAnomalyForTheWholeTimetable()
    {
        var edt = new TimetableFixture().Classe("6A").Prof("1", "DUPONT", "Jean", Born).Prof("2", "MARTIN", "Léa", Born)
            .Cours("MATHS", ["1"], ["6A"]).Cours("FRANC", ["2"], ["6A"]).Build();
        var sts = TimetableFixture.Sts([TimetableFixture.Individu("501", "DUPONT", "Jean", Born), TimetableFixture.Individu("502", "MARTIN", "Léa", Born)], ["6A"]);

        var anomaly = Assert.Single(Run(new SnapshotPair(TimetableFixture.Snapshot(edt, sts), null)));

        Assert.Equal("STS:AUCUN-SERVICE", anomaly.Subject);
        Assert.Contains("aucun des 2 enseignants", anomaly.Message);
    }

    [Fact]
    public void Evaluate_TeacherUnknownToSts_IsNotThisRulesBusiness()
    {
        var edt = new TimetableFixture().Classe("6A").Prof("1", "INCONNU", "Paul", Born).Cours("MATHS", ["1"], ["6A"]).Build();
        var sts = TimetableFixture.Sts([TimetableFixture.Individu("501", "DUPONT", "Jean", Born)], ["6A"], services: [TimetableFixture.Service("6A", "061300", "501")]);

        Assert.Empty(Run(new SnapshotPair(TimetableFixture.Snapshot(edt, sts), null)));
    }

    [Theory]
    [InlineData(ExportKind.EdtClair)]
    [InlineData(ExportKind.Udt)]
    [InlineData(ExportKind.EdtTexte)]
    [InlineData(ExportKind.EdtSts)]
    public void Evaluate_GeneratedTeacherWithoutStsService_DetectedWhateverTheSource(ExportKind source)
    {
        var pair = TimetableSource.Using(GeneratedSnapshots.Pair(60, 5, "EDT-ENSEIGNANT-SANS-SERVICE-STS"), source);

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("INDIVIDU:10001", anomaly.Subject);
        Assert.Contains("aucun service dans STS-Web", anomaly.Message);
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

using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Edt;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Edt;

public sealed class GroupeVideRuleTests
{
    private readonly GroupeVideRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, CheckSettings.Default).ToList();

    [Fact]
    public void Evaluate_GroupWithoutPupil_FlaggedWithItsCourses()
    {
        var edt = new TimetableFixture().Classe("6A").Groupe("6AES", "6A").Groupe("6AAL", "6A").Prof("1", "DUPONT", "Jean")
            .Eleve(1, "6A", groupes: ["6AES"]).Cours("ALL2", ["1"], ["6AAL"], times: 2).Build();

        var anomaly = Assert.Single(Run(new SnapshotPair(TimetableFixture.Snapshot(edt), null)));

        Assert.Equal("EDT-GROUPE-VIDE", anomaly.Code);
        Assert.Equal("GROUPE:6AAL", anomaly.Subject);
        Assert.Contains("« 6AAL » n'a aucun élève", anomaly.Message);
        Assert.Contains("2 cours", anomaly.Message);
    }

    [Fact]
    public void Evaluate_GroupFilledThroughPartiesDeClasse_IsNotEmpty()
    {
        // The 2013 export format: pupils belong to parties de classe, groups are made of parties.
        var edt = new TimetableFixture().Classe("6A", "6A-G1").Groupe("6AES", "6A", "6A-G1").Eleve(1, "6A", parties: ["6A-G1"]).Build();

        Assert.Empty(Run(new SnapshotPair(TimetableFixture.Snapshot(edt), null)));
    }

    [Theory]
    [InlineData(ExportKind.EdtClair)]
    [InlineData(ExportKind.Udt)]
    public void Evaluate_GeneratedEmptyGroup_DetectedWhateverTheSource(ExportKind source)
    {
        var pair = TimetableSource.Using(GeneratedSnapshots.Pair(60, 5, "EDT-GROUPE-VIDE"), source);

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("GROUPE:3E1AL", anomaly.Subject);
        Assert.Contains("3 cours", anomaly.Message);
    }

    [Theory]
    [InlineData(ExportKind.EdtClair)]
    [InlineData(ExportKind.Udt)]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing(ExportKind source)
    {
        Assert.Empty(Run(TimetableSource.Using(GeneratedSnapshots.Pair(60, 5), source)));
    }

    [Theory]
    [InlineData(ExportKind.EdtTexte)]
    [InlineData(ExportKind.EdtSts)]
    public void MissingInput_TimetableWithoutPupils_SaysSo(ExportKind source)
    {
        var reason = _rule.MissingInput(TimetableSource.Using(GeneratedSnapshots.Pair(60, 5), source));

        Assert.Contains("ne contient pas les élèves", reason);
    }

    [Fact]
    public void MissingInput_NoTimetable_SaysSo()
    {
        var snapshot = new SnapshotBuilder().With(ExportKind.StsEmp, TimetableFixture.Sts([], [])).Build();

        Assert.Contains("emploi du temps", _rule.MissingInput(new SnapshotPair(snapshot, null)));
    }
}

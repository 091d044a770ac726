using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Edt;
using EntSync.Core.Snapshot;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Edt;

public sealed class StructureRenameRuleTests
{
    private static readonly DateTime LastWeek = new(2026, 9, 28, 18, 0, 0);
    private readonly StructureRenameRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair, CheckSettings? settings = null) => _rule.Evaluate(pair, settings ?? CheckSettings.Default).ToList();

    /// <summary>Class 6A with five pupils, an ESP2 group of pupils 1–5 (or those given) taught by teacher 1.</summary>
    private static SchoolSnapshot School(string classe, string groupe, int[]? membres = null, string prof = "1", DateTime? date = null)
    {
        var f = new TimetableFixture().Classe(classe).Groupe(groupe, classe)
            .Prof("1", "DUPONT", "Jean", idSts: "501").Prof("2", "MARTIN", "Léa", idSts: "502");
        var inGroup = (membres ?? [1, 2, 3, 4, 5]).ToHashSet();
        for (var i = 1; i <= 8; i++) f.Eleve(i, classe, groupes: inGroup.Contains(i) ? [groupe] : []);
        f.Cours("MATHS", ["2"], [classe], times: 4).Cours("ESP2", [prof], [groupe], times: 3);
        return TimetableFixture.Snapshot(f.Build(), date: date);
    }

    [Fact]
    public void Evaluate_GroupRenamedSamePupilsAndTeacher_FlaggedOldToNew()
    {
        var pair = new SnapshotPair(School("6A", "6AESP"), School("6A", "6AES", date: LastWeek));

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("EDT-GROUPE-RENOMME", anomaly.Code);
        Assert.Equal("GROUPE:6AES->6AESP", anomaly.Subject);
        Assert.Contains("« 6AES » → « 6AESP »", anomaly.Message);
        Assert.Contains("5 élève(s) en commun sur 5", anomaly.Message);
    }

    [Fact]
    public void Evaluate_ClassRenamed_IsClasseRenommee()
    {
        var pair = new SnapshotPair(School("6 A", "6AES"), School("6A", "6AES", date: LastWeek));

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("EDT-CLASSE-RENOMMEE", anomaly.Code);
        Assert.Equal("DIVISION:6A->6 A", anomaly.Subject);
        Assert.Contains("« 6A » → « 6 A »", anomaly.Message);
    }

    [Fact]
    public void Evaluate_NewGroupOfOtherPupils_IsNotARename()
    {
        var pair = new SnapshotPair(School("6A", "6AESP", membres: [1, 6, 7, 8]), School("6A", "6AES", date: LastWeek));

        Assert.Empty(Run(pair));
    }

    [Fact]
    public void Evaluate_SamePupilsOtherTeacher_IsNotARename()
    {
        var pair = new SnapshotPair(School("6A", "6AESP", prof: "2"), School("6A", "6AES", date: LastWeek));

        Assert.Empty(Run(pair));
    }

    [Fact]
    public void Evaluate_SimilarityUnderTheThreshold_IsNotARename()
    {
        var pair = new SnapshotPair(School("6A", "6AESP", membres: [1, 2, 3, 4]), School("6A", "6AES", date: LastWeek));

        Assert.Single(Run(pair));
        Assert.Empty(Run(pair, CheckSettings.Default with { RenameSimilarity = 0.9 }));
    }

    [Theory]
    [InlineData(ExportKind.EdtClair)]
    [InlineData(ExportKind.Udt)]
    [InlineData(ExportKind.EdtTexte)]
    [InlineData(ExportKind.EdtSts)]
    public void Evaluate_GeneratedRenamedGroup_DetectedWhateverTheSource(ExportKind source)
    {
        var pair = TimetableSource.Using(GeneratedSnapshots.Pair(60, 5, "EDT-GROUPE-RENOMME"), source);

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("EDT-GROUPE-RENOMME", anomaly.Code);
        Assert.Equal("GROUPE:3E1AL->3E1AL2", anomaly.Subject);
    }

    [Theory]
    [InlineData(ExportKind.EdtClair)]
    [InlineData(ExportKind.Udt)]
    [InlineData(ExportKind.EdtTexte)]
    [InlineData(ExportKind.EdtSts)]
    public void Evaluate_GeneratedRenamedClass_DetectedWhateverTheSource(ExportKind source)
    {
        var pair = TimetableSource.Using(GeneratedSnapshots.Pair(60, 5, "EDT-CLASSE-RENOMMEE"), source);

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("EDT-CLASSE-RENOMMEE", anomaly.Code);
        Assert.Equal("DIVISION:3E1->3E1B", anomaly.Subject);
    }

    [Theory]
    [InlineData(ExportKind.EdtClair)]
    [InlineData(ExportKind.Udt)]
    [InlineData(ExportKind.EdtTexte)]
    [InlineData(ExportKind.EdtSts)]
    public void Evaluate_CleanGeneratedSchoolTwice_FlagsNothing(ExportKind source)
    {
        var current = TimetableSource.Using(GeneratedSnapshots.Current(60, 5), source);

        Assert.Empty(Run(new SnapshotPair(current, current)));
    }

    [Fact]
    public void MissingInput_NoPreviousOrAnotherSource_SaysSo()
    {
        var pair = GeneratedSnapshots.Pair(60, 5, "EDT-GROUPE-RENOMME");

        Assert.Contains("précédent", _rule.MissingInput(new SnapshotPair(pair.Current, null)));
        Assert.Contains("autre source", _rule.MissingInput(new SnapshotPair(pair.Current, TimetableSource.Using(pair.Previous!, ExportKind.Udt))));
        Assert.Null(_rule.MissingInput(pair));
    }
}

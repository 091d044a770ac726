using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Edt;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Edt;

public sealed class EnseignantInconnuStsRuleTests
{
    private static readonly DateOnly Born = new(1975, 6, 2);
    private readonly EnseignantInconnuStsRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, CheckSettings.Default).ToList();

    [Fact]
    public void Evaluate_TeacherNeitherByIdNorByName_FlaggedWithCourseCount()
    {
        var edt = new TimetableFixture().Classe("6A")
            .Prof("1", "DUPONT", "Jean", Born, idSts: "501")
            .Prof("2", "Lefèvre", "anne-sophie", Born)
            .Prof("3", "INCONNU", "Paul", Born)
            .Prof("4", "SANSCOURS", "Rémi", Born)
            .Cours("MATHS", ["1"], ["6A"]).Cours("FRANC", ["2"], ["6A"]).Cours("DOC", ["3"], ["6A"], times: 2).Build();
        var sts = TimetableFixture.Sts([TimetableFixture.Individu("501", "DURAND", "Jean"), TimetableFixture.Individu("502", "LEFÈVRE", "Anne Sophie", Born)], ["6A"]);

        var anomaly = Assert.Single(Run(new SnapshotPair(TimetableFixture.Snapshot(edt, sts), null)));

        Assert.Equal("EDT-ENSEIGNANT-INCONNU-STS", anomaly.Code);
        Assert.Equal("ENSEIGNANT:EdtClair:3", anomaly.Subject);
        Assert.Contains("INCONNU Paul (né(e) le 02/06/1975) a 2 cours", anomaly.Message);
        Assert.Equal(["Edt_To_Partenaire_0769990A_Enclair.xml", "sts_emp_0769990A_2026.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_SameNameOtherBirthDate_IsAnotherPerson()
    {
        var edt = new TimetableFixture().Classe("6A").Prof("1", "DUPONT", "Jean", new DateOnly(1980, 1, 1)).Cours("MATHS", ["1"], ["6A"]).Build();
        var sts = TimetableFixture.Sts([TimetableFixture.Individu("501", "DUPONT", "Jean", Born)], ["6A"]);

        Assert.Single(Run(new SnapshotPair(TimetableFixture.Snapshot(edt, sts), null)));
    }

    [Fact]
    public void Evaluate_TimetableWithoutBirthDates_MatchesOnNameAlone()
    {
        var edt = new TimetableFixture().Classe("6A").Prof("1", "DUPONT", "JEAN").Cours("MATHS", ["1"], ["6A"]).Build();
        var sts = TimetableFixture.Sts([TimetableFixture.Individu("501", "Dupont", "Jean", Born)], ["6A"]);

        Assert.Empty(Run(new SnapshotPair(TimetableFixture.Snapshot(edt, sts), null)));
    }

    [Theory]
    [InlineData(ExportKind.EdtClair, "IDSTS:")]
    [InlineData(ExportKind.Udt, "IDSTS:")]
    [InlineData(ExportKind.EdtTexte, "ENSEIGNANT:EdtTexte:")]
    [InlineData(ExportKind.EdtSts, "IDSTS:")]
    public void Evaluate_GeneratedTeacherUnknownToSts_DetectedWhateverTheSource(ExportKind source, string subject)
    {
        var pair = TimetableSource.Using(GeneratedSnapshots.Pair(60, 5, "EDT-ENSEIGNANT-INCONNU-STS"), source);

        var anomaly = Assert.Single(Run(pair));

        Assert.StartsWith(subject, anomaly.Subject);
        Assert.Contains("a 4 cours dans l'emploi du temps mais n'est pas dans STS-Web", anomaly.Message);
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
        Assert.Null(_rule.MissingInput(GeneratedSnapshots.Pair(60, 5)));
    }
}

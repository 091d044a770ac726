using EntSync.Core.Rules;
using EntSync.Core.Rules.EdtEleves;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.EdtEleves.PupilFixtures;

namespace EntSync.Core.Tests.Rules.EdtEleves;

public sealed class EleveClasseDifferenteRuleTests
{
    private readonly EleveClasseDifferenteRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, Settings).ToList();

    [Fact]
    public void Evaluate_PupilInAnotherSiecleDivision_IsReportedPerPupil()
    {
        var pair = Pair(Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12"), SiecleEleve("1000002", "DUPONT", "JULES", "2014-06-30", division: "6E2", sexe: "1")),
            Timetable(EdtEleve("1", "Martin", "Léa", "2014-03-12", classe: "6E2"), EdtEleve("2", "Dupont", "Jules", "2014-06-30", classe: "6E2")));

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("EDT-ELEVE-CLASSE-DIFFERENTE", anomaly.Code);
        Assert.Equal("ELEVE_ID:1000001", anomaly.Subject);
        Assert.Contains("MARTIN LEA (née le 12/03/2014, 6E1) est en 6E1 dans SIECLE mais en 6E2 dans l'emploi du temps", anomaly.Message);
    }

    [Fact]
    public void Evaluate_ClassNamedDifferentlyInTheTimetable_OneAnomalyForTheClass()
    {
        var pair = Pair(Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12"), SiecleEleve("1000002", "DUPONT", "JULES", "2014-06-30")),
            Timetable(EdtEleve("1", "Martin", "Léa", "2014-03-12", classe: "6EME 1"), EdtEleve("2", "Dupont", "Jules", "2014-06-30", classe: "6EME 1")));

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("DIVISION:6E1;CLASSE-EDT:6EME 1", anomaly.Subject);
        Assert.Contains("2 élèves de 6E1 dans SIECLE sont dans la classe « 6EME 1 »", anomaly.Message);
    }

    [Fact]
    public void Evaluate_CodesAreComparedExactly()
    {
        var pair = Pair(Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12", division: "3 A"), SiecleEleve("1000002", "DUPONT", "JULES", "2014-06-30", division: "3A")),
            Timetable(EdtEleve("1", "Martin", "Léa", "2014-03-12", classe: "3A"), EdtEleve("2", "Dupont", "Jules", "2014-06-30", classe: "3A")));

        Assert.Equal("ELEVE_ID:1000001", Assert.Single(Run(pair)).Subject);
    }

    [Fact]
    public void Evaluate_SameClassLeaverOrNoTimetableClass_AreNotReported()
    {
        var pair = Pair(
            Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12"), SiecleEleve("1000002", "PARTI", "JULES", "2014-06-30", sortie: Today.AddDays(-3)),
                SiecleEleve("1000003", "PETIT", "HUGO", "2014-05-05", division: "6E2")),
            Timetable(EdtEleve("1", "Martin", "Léa", "2014-03-12"), EdtEleve("2", "Parti", "Jules", "2014-06-30", classe: "6E2"), EdtEleve("3", "Petit", "Hugo", "2014-05-05", classe: null)));

        Assert.Empty(Run(pair));
    }

    [Fact]
    public void Evaluate_InjectedPupilInAnotherClass_IsDetected()
    {
        var anomaly = Assert.Single(Run(GeneratedSnapshots.Pair(60, 5, "EDT-ELEVE-CLASSE-DIFFERENTE")));

        Assert.Equal("ELEVE_ID:1000000", anomaly.Subject);
        Assert.Contains("est en 6E1 dans SIECLE mais en 5E1 dans l'emploi du temps", anomaly.Message);
    }

    [Fact]
    public void Evaluate_GeneratedSchool_AgreesOnEveryClass()
    {
        Assert.Empty(Run(GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void MissingInput_NoTimetable_SaysSo()
    {
        Assert.NotNull(_rule.MissingInput(Pair(Eleves(), null)));
    }
}

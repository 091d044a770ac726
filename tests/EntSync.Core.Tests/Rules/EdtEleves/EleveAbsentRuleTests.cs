using EntSync.Core.Rules;
using EntSync.Core.Rules.EdtEleves;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.EdtEleves.PupilFixtures;

namespace EntSync.Core.Tests.Rules.EdtEleves;

public sealed class EleveAbsentRuleTests
{
    private readonly EleveAbsentRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, Settings).ToList();

    [Fact]
    public void Evaluate_PupilsMissingFromTheTimetable_OneAnomalyPerDivision()
    {
        var siecle = Eleves(
            SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12"),
            SiecleEleve("1000002", "DUPONT", "JULES", "2014-06-30", sexe: "1"),
            SiecleEleve("1000003", "PETIT", "HUGO", "2014-05-05"),
            SiecleEleve("1000004", "BERNARD", "EMMA", "2013-01-20", division: "5E1"));
        var pair = Pair(siecle, Timetable(EdtEleve("1", "Martin", "Léa", "2014-03-12")));

        var anomalies = Run(pair);

        Assert.Equal(["DIVISION:5E1;ELEVE_ID:1000004", "DIVISION:6E1;ELEVE_ID:1000002+1000003"], anomalies.Select(a => a.Subject));
        Assert.All(anomalies, a => Assert.Equal("EDT-ELEVE-ABSENT", a.Code));
        Assert.Contains("6E1 : 2 élèves inscrits dans SIECLE absents", anomalies[1].Message);
        Assert.Contains("DUPONT JULES (né le 30/06/2014, 6E1)", anomalies[1].Message);
        Assert.Contains("La classe 5E1 n'existe pas dans l'emploi du temps", anomalies[0].Message);
        Assert.DoesNotContain("n'existe pas", anomalies[1].Message);
    }

    [Fact]
    public void Evaluate_LeaversAndPupilsWithoutDivision_AreNotExpected()
    {
        var siecle = Eleves(
            SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12"),
            SiecleEleve("1000002", "PARTI", "JULES", "2014-06-30", sortie: Today.AddDays(-1)),
            SiecleEleve("1000003", "SANSCLASSE", "HUGO", "2014-05-05", division: null));

        Assert.Empty(Run(Pair(siecle, Timetable(EdtEleve("1", "Martin", "Léa", "2014-03-12")))));
    }

    [Fact]
    public void Evaluate_DepartureStillToCome_IsStillExpected()
    {
        var siecle = Eleves(SiecleEleve("1000002", "PARTANT", "JULES", "2014-06-30", sortie: Today.AddDays(10)));

        Assert.Single(Run(Pair(siecle, Timetable(EdtEleve("1", "Autre", "Élève", "2014-03-12")))));
    }

    [Fact]
    public void Evaluate_ManyMissingPupils_ListsTenNamesThenCounts()
    {
        var siecle = Eleves(Enumerable.Range(0, 13).Select(i => SiecleEleve($"10000{i:D2}", $"NOM{i:D2}", "PRENOM", "2014-01-01")).ToArray());

        var anomaly = Assert.Single(Run(Pair(siecle, Timetable(EdtEleve("1", "Autre", "Élève", "2014-03-12")))));

        Assert.Contains("13 élèves", anomaly.Message);
        Assert.Contains("et 3 autres", anomaly.Message);
        Assert.Equal(13, anomaly.Subject.Split('+').Length);
    }

    [Fact]
    public void Evaluate_InjectedPupilNeverImported_IsDetected()
    {
        var anomaly = Assert.Single(Run(GeneratedSnapshots.Pair(60, 5, "EDT-ELEVE-ABSENT")));

        Assert.Equal("DIVISION:3E1;ELEVE_ID:1000059", anomaly.Subject);
        Assert.Contains("1 élève inscrit dans SIECLE absent", anomaly.Message);
    }

    [Fact]
    public void Evaluate_GeneratedSchool_MissesNobody()
    {
        Assert.Empty(Run(GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void MissingInput_NoTimetable_SaysSo()
    {
        Assert.Contains("emploi du temps", _rule.MissingInput(Pair(Eleves(), null)));
    }
}

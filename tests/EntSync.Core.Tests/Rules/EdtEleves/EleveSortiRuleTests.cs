using EntSync.Core.Rules;
using EntSync.Core.Rules.EdtEleves;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.EdtEleves.PupilFixtures;

namespace EntSync.Core.Tests.Rules.EdtEleves;

public sealed class EleveSortiRuleTests
{
    private readonly EleveSortiRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, Settings).ToList();

    private static readonly DateOnly Left = new(2026, 9, 21);

    [Fact]
    public void Evaluate_LeaverStillInClassAndGroup_IsReported()
    {
        var pair = Pair(Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12", sortie: Left)),
            Timetable(EdtEleve("1", "Martin", "Léa", "2014-03-12", fin: new DateOnly(2027, 7, 4), groupes: "6E1ES")));

        var anomaly = Assert.Single(Run(pair));

        Assert.Equal("EDT-ELEVE-SORTI", anomaly.Code);
        Assert.Equal("ELEVE_ID:1000001", anomaly.Subject);
        Assert.Contains("MARTIN LEA (née le 12/03/2014, 6E1) est sortie de l'établissement le 21/09/2026", anomaly.Message);
        Assert.Contains("classe 6E1, groupe 6E1ES, jusqu'au 04/07/2027", anomaly.Message);
    }

    [Fact]
    public void Evaluate_TimetableClosedTheMemberships_IsNotReported()
    {
        var pair = Pair(Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12", sortie: Left)),
            Timetable(EdtEleve("1", "Martin", "Léa", "2014-03-12", fin: Left, groupes: "6E1ES")));

        Assert.Empty(Run(pair));
    }

    [Fact]
    public void Evaluate_OpenEndedMembership_IsStillIn()
    {
        var pair = Pair(Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12", sortie: Left)), Timetable(EdtEleve("1", "Martin", "Léa", "2014-03-12")));

        Assert.DoesNotContain("jusqu'au", Assert.Single(Run(pair)).Message);
    }

    [Fact]
    public void Evaluate_DepartureAfterToday_IsNotYetALeaver()
    {
        var pair = Pair(Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12", sortie: Today.AddDays(1))), Timetable(EdtEleve("1", "Martin", "Léa", "2014-03-12")));

        Assert.Empty(Run(pair));
    }

    [Fact]
    public void Evaluate_LeaverWithoutClassOrGroupInTheTimetable_IsNotReported()
    {
        var pair = Pair(Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12", sortie: Left)), Timetable(EdtEleve("1", "Martin", "Léa", "2014-03-12", classe: null)));

        Assert.Empty(Run(pair));
    }

    [Fact]
    public void Evaluate_InjectedLeaverStillInTheTimetable_IsDetected()
    {
        var anomaly = Assert.Single(Run(GeneratedSnapshots.Pair(60, 5, "EDT-ELEVE-SORTI")));

        Assert.Equal("ELEVE_ID:1000058", anomaly.Subject);
        Assert.Contains("le 21/09/2026 selon SIECLE", anomaly.Message);
        Assert.Contains("jusqu'au 04/07/2027", anomaly.Message);
    }

    [Fact]
    public void Evaluate_GeneratedSchool_HasNoLeaver()
    {
        Assert.Empty(Run(GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void MissingInput_NoSiecle_SaysSo()
    {
        Assert.Contains("SIECLE – élèves", _rule.MissingInput(Pair(null, Timetable())));
    }
}

using EntSync.Core.Model.Edt;
using EntSync.Core.Snapshot.Timetable;
using static EntSync.Core.Tests.Rules.EdtEleves.PupilFixtures;

namespace EntSync.Core.Tests.Snapshot;

public sealed class EdtClairTimetablePupilsTests
{
    [Fact]
    public void From_PupilWhoChangedClass_IsInTheClassThatEndsLast()
    {
        var pupil = EdtEleve("1", "MARTIN", "Léa", "2014-03-12") with
        {
            Classes = [new EdtInscription("C:6E1", Day("2026-09-01"), Day("2026-11-01")), new EdtInscription("C:6E2", Day("2026-11-02"), Day("2027-07-04"))],
        };

        var view = EdtClairTimetable.From(Timetable(pupil), "edt.xml");

        Assert.Equal("6E2", Assert.Single(view.Eleves).Classe);
    }

    [Fact]
    public void From_Memberships_GiveTheLastDayInTheTimetable()
    {
        var closed = EdtEleve("1", "MARTIN", "Léa", "2014-03-12", fin: Day("2026-09-21"), groupes: "6E1ES");
        var later = closed with { Ident = "2", Groupes = [new EdtInscription("G:6E1ES", null, Day("2027-07-04"))] };
        var open = EdtEleve("3", "PETIT", "Hugo", "2014-05-05");

        var view = EdtClairTimetable.From(Timetable(closed, later, open), "edt.xml");

        Assert.Equal([Day("2026-09-21"), Day("2027-07-04"), null], view.Eleves.Select(e => e.DateSortie));
    }
}

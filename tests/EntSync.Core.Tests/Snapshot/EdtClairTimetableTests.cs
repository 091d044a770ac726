using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Tests.Snapshot;

public sealed class EdtClairTimetableTests
{
    [Fact]
    public void From_RepeatedIdents_FirstWinsInsteadOfFailingTheSnapshot()
    {
        var export = new EdtClairExport
        {
            Counts = new ExportCounts(),
            Classes = [new EdtClasse("1", "6A", []), new EdtClasse("1", "6B", [])],
            Groupes = [new EdtGroupe { Ident = "7", Nom = "6A-ESP" }, new EdtGroupe { Ident = "7", Nom = "6A-ALL" }],
            Matieres = [new EdtMatiere("3", "MATHS", "MATHEMATIQUES"), new EdtMatiere("3", "FRANC", "FRANCAIS")],
        };

        var view = EdtClairTimetable.From(export, "edt.xml");

        Assert.Equal(["6A", "6A", "6A-ESP", "6A-ESP"], view.Structures.Select(s => s.Nom).ToArray());
    }
}

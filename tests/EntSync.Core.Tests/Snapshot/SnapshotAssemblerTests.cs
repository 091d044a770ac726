using EntSync.Core.Identification;
using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Model.Sts;
using EntSync.Core.Snapshot;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Snapshot;

public sealed class SnapshotAssemblerTests
{
    private static InspectedFile File(string name, ExportKind kind, string? uai, int? year, DateTime? date, IExportContent content) =>
        new(name, new ExportIdentity(kind, uai, year, date), null, [], content.Counts) { Content = content };

    private static SiecleElevesExport Eleves(int n) =>
        new("3.0", "SansAdresses", Enumerable.Range(1, n).Select(i => new Eleve { EleveId = i.ToString() }).ToList(), []);

    [Fact]
    public void Assemble_TwoExportsOfOneKind_TheNewestWins()
    {
        var snapshot = SnapshotAssembler.Assemble(
        [
            File("old.xml", ExportKind.SiecleEleves, "0769990A", 2026, new DateTime(2026, 9, 1), Eleves(1)),
            File("new.xml", ExportKind.SiecleEleves, "0769990A", 2026, new DateTime(2026, 10, 1), Eleves(2)),
        ]).Single();

        Assert.Equal("new.xml", snapshot.FileOf(ExportKind.SiecleEleves));
        Assert.Equal(2, snapshot.Eleves!.Eleves.Count);
        Assert.Equal(2, snapshot.Files.Count);
    }

    [Fact]
    public void Assemble_BothYearsInMay_CurrentYearIsTheNewestSiecleExports()
    {
        var snapshot = SnapshotAssembler.Assemble(
        [
            File("eleves-2026.xml", ExportKind.SiecleEleves, "0769990A", 2026, new DateTime(2026, 5, 20), Eleves(1)),
            File("eleves-2025.xml", ExportKind.SiecleEleves, "0769990A", 2025, new DateTime(2026, 5, 10), Eleves(3)),
            File("sts.xml", ExportKind.StsEmp, "0769990A", 2025, new DateTime(2026, 5, 1), new StsEmpExport()),
        ]).Single();

        Assert.Equal(2026, snapshot.SchoolYear);
        Assert.Equal("eleves-2026.xml", snapshot.FileOf(ExportKind.SiecleEleves));
        Assert.Equal(["eleves-2025.xml", "sts.xml"], snapshot.SetAside.Select(a => a.File.File).Order().ToArray());
        Assert.All(snapshot.SetAside, a => Assert.Equal(FileAnomalyCodes.AutreAnnee, a.Code));
    }

    [Fact]
    public void Assemble_ConfiguredYear_OverridesTheFiles()
    {
        var snapshot = SnapshotAssembler.Assemble(
            [File("e.xml", ExportKind.SiecleEleves, "0769990A", 2026, null, Eleves(1))], new SnapshotOptions { SchoolYear = 2025 }).Single();

        Assert.Equal(2025, snapshot.SchoolYear);
        Assert.Null(snapshot.Eleves);
    }

    [Fact]
    public void Assemble_TwoEstablishments_TwoSnapshotsNeverMixed()
    {
        var snapshots = SnapshotAssembler.Assemble(
        [
            File("a.xml", ExportKind.SiecleEleves, "0769990A", 2026, null, Eleves(1)),
            File("b.xml", ExportKind.SiecleEleves, "0769991B", 2026, null, Eleves(2)),
            File("texte.xml", ExportKind.EdtTexte, null, null, null, new EdtTexteExport([], new ExportCounts())),
        ]);

        Assert.Equal(["0769990A", "0769991B"], snapshots.Select(s => s.Uai!).ToArray());
        Assert.Single(snapshots[0].Eleves!.Eleves);
        Assert.Equal(2, snapshots[1].Eleves!.Eleves.Count);
        // A file that names no establishment cannot be given to either: it is reported once.
        Assert.Equal(FileAnomalyCodes.Inattendu, Assert.Single(snapshots[0].SetAside).Code);
        Assert.Empty(snapshots[1].SetAside);
    }

    [Fact]
    public void Assemble_OneEstablishment_FileWithoutUaiJoinsIt()
    {
        var snapshot = SnapshotAssembler.Assemble(
        [
            File("a.xml", ExportKind.SiecleEleves, "0769990A", 2026, null, Eleves(1)),
            File("texte.xml", ExportKind.EdtTexte, null, null, null, new EdtTexteExport([], new ExportCounts())),
        ]).Single();

        Assert.Equal(ExportKind.EdtTexte, snapshot.Timetable?.Source);
    }

    [Fact]
    public void Assemble_SeveralTimetables_TheRichestBecomesTheView()
    {
        var snapshot = new SnapshotBuilder()
            .With(ExportKind.EdtTexte, new EdtTexteExport([], new ExportCounts()))
            .With(ExportKind.EdtClair, new EdtClairExport { Counts = new ExportCounts() })
            .Build();

        Assert.Equal(ExportKind.EdtClair, snapshot.Timetable?.Source);
    }
}

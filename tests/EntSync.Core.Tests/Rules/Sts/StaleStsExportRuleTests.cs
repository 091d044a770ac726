using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Model.Sts;
using EntSync.Core.Model.Udt;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Sts;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Sts.StsData;

namespace EntSync.Core.Tests.Rules.Sts;

public sealed class StaleStsExportRuleTests
{
    private static readonly DateTime StsDate = new(2026, 9, 23, 18, 2, 11);

    private readonly StaleStsExportRule _rule = new();

    private static SnapshotBuilder WithSts(DateTime? date = null) =>
        new SnapshotBuilder().With(ExportKind.StsEmp, Emp(["3A"], []), date ?? StsDate, "sts_emp_0769990A_2026.xml");

    private static UdtExport Udt() => GeneratedSnapshots.Current().Content<UdtExport>(ExportKind.Udt)!;

    private List<Anomaly> Run(SnapshotBuilder builder, CheckSettings? settings = null)
    {
        var pair = new SnapshotPair(builder.Build(), null);
        Assert.Null(_rule.MissingInput(pair));
        return _rule.Evaluate(pair, settings ?? CheckSettings.Default).ToList();
    }

    [Fact]
    public void Evaluate_GeneratedOldStsExport_GivesBothDates()
    {
        var anomaly = Assert.Single(_rule.Evaluate(GeneratedSnapshots.Pair(60, 5, "STS-EXPORT-ANCIEN"), CheckSettings.Default));

        Assert.Equal("STS-EXPORT-ANCIEN", anomaly.Code);
        Assert.Equal("StsEmp", anomaly.Subject);
        Assert.Contains("23/09/2026 à 18h02", anomaly.Message);
        Assert.Contains("05/10/2026 à 18h02", anomaly.Message);
        Assert.Contains("12 jours plus tard", anomaly.Message);
        Assert.Equal(2, anomaly.Files.Count);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(_rule.Evaluate(GeneratedSnapshots.Pair(), CheckSettings.Default));
    }

    [Fact]
    public void Evaluate_NewestDatedTimetableWins()
    {
        var builder = WithSts()
            .With(ExportKind.EdtSts, new EdtStsExport(), new DateTime(2026, 9, 20), "emp_sts_0769990A_2026.xml")
            .With(ExportKind.Udt, Udt(), new DateTime(2026, 10, 1, 7, 30, 0), "0769990A_20261001073000_UDT.zip");

        var anomaly = Assert.Single(Run(builder));

        Assert.Contains("0769990A_20261001073000_UDT.zip", anomaly.Message);
        Assert.Contains("01/10/2026 à 07h30", anomaly.Message);
        Assert.Equal(["sts_emp_0769990A_2026.xml", "0769990A_20261001073000_UDT.zip"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_TimetableOlderOrSameDay_FlagsNothing()
    {
        Assert.Empty(Run(WithSts().With(ExportKind.Udt, Udt(), StsDate.AddDays(-3))));
        Assert.Empty(Run(WithSts().With(ExportKind.Udt, Udt(), StsDate.AddHours(5))));
    }

    [Fact]
    public void Evaluate_ToleranceIsASetting()
    {
        var builder = WithSts().With(ExportKind.Udt, Udt(), StsDate.AddHours(5));

        Assert.Single(Run(builder, CheckSettings.Default with { StsExportTolerance = TimeSpan.Zero }));
    }

    [Fact]
    public void MissingInput_NoStsEmp_OrNoTimetable_OrNoDate_SaysWhich()
    {
        var noSts = new SnapshotBuilder().With(ExportKind.Udt, Udt()).Build();
        Assert.Contains("sts_emp", _rule.MissingInput(new SnapshotPair(noSts, null)));

        Assert.Contains("emploi du temps", _rule.MissingInput(new SnapshotPair(WithSts().Build(), null)));

        var undated = WithSts().WithFile(Undated(ExportKind.EdtTexte, new EdtTexteExport([], new ExportCounts()))).Build();
        Assert.Contains("ne porte sa date", _rule.MissingInput(new SnapshotPair(undated, null)));

        var undatedSts = new SnapshotBuilder().WithFile(Undated(ExportKind.StsEmp, Emp(["3A"], []))).With(ExportKind.Udt, Udt()).Build();
        Assert.Contains("HORODATAGE", _rule.MissingInput(new SnapshotPair(undatedSts, null)));
    }

    private static EntSync.Core.Inspection.InspectedFile Undated(ExportKind kind, IExportContent content) =>
        new($"{kind}.xml", new EntSync.Core.Identification.ExportIdentity(kind, "0769990A", 2026, null), null, [], content.Counts) { Content = content };
}

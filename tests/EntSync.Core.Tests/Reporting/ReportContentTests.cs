using EntSync.Core.Reporting;
using EntSync.Core.Rules;

namespace EntSync.Core.Tests.Reporting;

public sealed class ReportContentTests
{
    [Fact]
    public void Subject_Everything_CountsOpenNotIgnoredAndTheNewOnes()
    {
        var report = ReportContent.For(ReportFixture.Data(), ReportView.Everything);

        Assert.Equal("EntSync – 0134567A Collège X – 3 erreurs, 5 avertissements (2 nouveaux)", report.Subject);
        Assert.Equal(2, report.New.Count);
        Assert.Equal(6, report.StillOpen.Count);
        Assert.Equal(1, report.IgnoredCount);
        Assert.Single(report.Resolved);
    }

    [Fact]
    public void Subject_OneAudienceWithNothingOpen_ToutVaBien()
    {
        var data = ReportFixture.Data() with { Open = [], Resolved = [], Deliveries = [], Quarantined = [], Relay = [] };
        var report = ReportContent.For(data, new ReportView(new HashSet<Audience> { Audience.Direction }));

        Assert.Equal("EntSync – 0134567A Collège X – tout va bien", report.Subject);
        Assert.False(report.HasNews);
    }

    [Fact]
    public void For_DirectionOnly_KeepsItsAnomaliesAndItsResolvedOnes()
    {
        var report = ReportContent.For(ReportFixture.Data(), new ReportView(new HashSet<Audience> { Audience.Direction }));

        Assert.Equal(["STS-ENSEIGNANT-SANS-SERVICE"], report.Listed.Select(a => a.Anomaly.Code));
        Assert.Equal(["STS-STRUCTURE-SANS-SERVICE"], report.Resolved.Select(a => a.Anomaly.Code));
        Assert.Equal("EntSync – 0134567A Collège X – 1 erreur, 0 avertissement (aucun nouveau)", report.Subject);
        Assert.False(report.View.ShowsFlows);
    }

    [Fact]
    public void For_FirstReport_EverythingIsNew()
    {
        var report = ReportContent.For(ReportFixture.Data() with { Since = null }, ReportView.Everything);

        Assert.Equal(8, report.New.Count);
        Assert.Empty(report.StillOpen);
    }
}

using EntSync.Core.Reporting;
using EntSync.Core.Rules;

namespace EntSync.Core.Tests.Reporting;

public sealed class ReportRecipientsTests
{
    private static ReportRecipients Recipients(bool allIsWellForAll = false, params Audience[] allIsWell) => new()
    {
        All = ["chef@college.fr"],
        ByAudience = new Dictionary<Audience, IReadOnlyList<string>>
        {
            [Audience.Secretariat] = ["secretariat@college.fr", "CHEF@college.fr", "adjoint@college.fr"],
            [Audience.Direction] = ["adjoint@college.fr", "direction@college.fr"],
            [Audience.EmploiDuTemps] = [],
        },
        AllIsWellForAll = allIsWellForAll,
        AllIsWell = allIsWell.ToHashSet(),
    };

    [Fact]
    public void Plan_EachAddressGetsOneMailWithAllItsSections()
    {
        var plan = Recipients().Plan();

        Assert.Equal(4, plan.Count);
        var everything = Assert.Single(plan, m => m.View.IsEverything);
        Assert.Equal(["chef@college.fr"], everything.To);
        var both = Assert.Single(plan, m => m.View.Audiences.SetEquals([Audience.Secretariat, Audience.Direction]));
        Assert.Equal(["adjoint@college.fr"], both.To);
        Assert.Equal(["secretariat@college.fr"], Assert.Single(plan, m => m.View.Audiences.SetEquals([Audience.Secretariat])).To);
        Assert.Equal(["direction@college.fr"], Assert.Single(plan, m => m.View.Audiences.SetEquals([Audience.Direction])).To);
        Assert.Equal("secretariat-direction", both.View.Key);
    }

    [Fact]
    public void Plan_ToutVaBien_OnlyForTheListsThatAskForIt()
    {
        var quiet = ReportContent.For(ReportFixture.Data() with { Open = [], Resolved = [], Deliveries = [], Quarantined = [], Relay = [] }, ReportView.Everything);

        var plan = Recipients(allIsWellForAll: false, Audience.Direction).Plan();

        Assert.False(Assert.Single(plan, m => m.View.IsEverything).ShouldSend(quiet));
        Assert.True(Assert.Single(plan, m => m.To.Contains("direction@college.fr")).ShouldSend(quiet));
        Assert.True(Assert.Single(plan, m => m.To.Contains("adjoint@college.fr")).SendWhenAllIsWell);
        Assert.False(Assert.Single(plan, m => m.To.Contains("secretariat@college.fr")).SendWhenAllIsWell);
        Assert.True(Assert.Single(plan, m => m.View.IsEverything).ShouldSend(ReportContent.For(ReportFixture.Data(), ReportView.Everything)));
    }
}

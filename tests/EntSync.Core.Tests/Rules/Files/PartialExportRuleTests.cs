using EntSync.Core.Rules;
using EntSync.Core.Rules.Files;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Files;

public sealed class PartialExportRuleTests
{
    private readonly PartialExportRule _rule = new();

    [Fact]
    public void Evaluate_GeneratedPartialExport_FlagsThePupilDrop()
    {
        var pair = GeneratedSnapshots.Pair(120, 5, "EXPORT-PARTIEL");

        var anomalies = _rule.Evaluate(pair, CheckSettings.Default).ToList();

        var eleves = Assert.Single(anomalies, a => a.Subject == "SiecleEleves:élèves");
        Assert.Equal("EXPORT-PARTIEL", eleves.Code);
        Assert.Contains("contre 120", eleves.Message);
    }

    [Fact]
    public void Evaluate_SameExportTwice_FlagsNothing()
    {
        var current = GeneratedSnapshots.Current(60, 5);

        Assert.Empty(_rule.Evaluate(new SnapshotPair(current, current), CheckSettings.Default));
    }

    [Fact]
    public void Evaluate_DropJustUnderThreshold_FlagsNothing()
    {
        var pair = GeneratedSnapshots.Pair(120, 5, "EXPORT-PARTIEL");

        Assert.Empty(_rule.Evaluate(pair, CheckSettings.Default with { PartialExportShare = 0.99 }));
    }

    [Fact]
    public void MissingInput_NoPreviousExport_SaysSo()
    {
        Assert.Contains("précédent", _rule.MissingInput(new SnapshotPair(GeneratedSnapshots.Current(), null)));
    }
}

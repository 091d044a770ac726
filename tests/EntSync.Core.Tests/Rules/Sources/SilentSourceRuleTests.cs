using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Sources;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Tests.Rules.Sources;

public sealed class SilentSourceRuleTests
{
    private static readonly SnapshotPair Empty = new(new SchoolSnapshot("0769990A", 2026), null);
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static List<Anomaly> Run(Dictionary<ExportKind, int> days, Dictionary<ExportKind, DateTime> last) =>
        new SilentSourceRule().Evaluate(Empty, CheckSettings.Default with { Today = Today, Sources = new SourceWatch(days, last) }).ToList();

    [Fact]
    public void Evaluate_KindSilentLongerThanItsDelay_OneAnomalyNamedByKind()
    {
        var found = Run(new() { [ExportKind.SiecleEleves] = 7, [ExportKind.StsEmp] = 30 },
            new() { [ExportKind.SiecleEleves] = new DateTime(2026, 11, 10, 9, 0, 0), [ExportKind.StsEmp] = new DateTime(2026, 11, 1) });

        var a = Assert.Single(found);
        Assert.Equal(("SOURCE-MUETTE", "SiecleEleves", Severity.Attention, Audience.AdministrateurEnt), (a.Code, a.Subject, a.Severity, a.Audience));
        Assert.Contains("10/11/2026, il y a 12 jours", a.Message);
        Assert.Contains("tous les 7 jours", a.Message);
    }

    [Fact]
    public void Evaluate_ExactlyTheDelay_NotSilentYet()
    {
        Assert.Empty(Run(new() { [ExportKind.SiecleEleves] = 7 }, new() { [ExportKind.SiecleEleves] = new DateTime(2026, 11, 15, 23, 0, 0) }));
    }

    [Fact]
    public void Evaluate_NeverReceivedOrNotWatchedOrNoFlowKnown_Nothing()
    {
        Assert.Empty(Run(new() { [ExportKind.Udt] = 7 }, new()));
        Assert.Empty(Run(new() { [ExportKind.Udt] = 0 }, new() { [ExportKind.Udt] = new DateTime(2020, 1, 1) }));
        Assert.Empty(new SilentSourceRule().Evaluate(Empty, CheckSettings.Default));
        Assert.Null(new SilentSourceRule().MissingInput(Empty));
    }
}

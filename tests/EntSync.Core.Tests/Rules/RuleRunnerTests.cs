using EntSync.Core.Rules;
using EntSync.Core.Tests.Support;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace EntSync.Core.Tests.Rules;

public sealed class RuleRunnerTests
{
    private static readonly SnapshotPair Pair = new(
        new SnapshotBuilder().With(EntSync.Core.Model.ExportKind.SiecleEleves, new EntSync.Core.Model.Siecle.SiecleElevesExport("3.0", "SansAdresses", [], [])).Build(),
        null);

    private static IAnomalyRule Rule(string code, params Anomaly[] anomalies)
    {
        var rule = Substitute.For<IAnomalyRule>();
        rule.Codes.Returns([code]);
        rule.MissingInput(Arg.Any<SnapshotPair>()).Returns((string?)null);
        rule.Evaluate(Arg.Any<SnapshotPair>(), Arg.Any<CheckSettings>()).Returns(anomalies);
        return rule;
    }

    private static Anomaly Anomaly(string code, string subject, Severity severity = Severity.Erreur) =>
        new(code, severity, Audience.Secretariat, subject, "message", "remède");

    [Fact]
    public void Run_RuleThatCrashes_IsReportedAndTheOthersStillRun()
    {
        var crashing = Rule("A-B");
        crashing.Evaluate(Arg.Any<SnapshotPair>(), Arg.Any<CheckSettings>()).Throws(new NullReferenceException());
        var healthy = Rule("C-D", Anomaly("C-D", "x"));

        var result = new RuleRunner([crashing, healthy]).Run(Pair);

        var failure = Assert.Single(result.FailedRules);
        Assert.Equal("NullReferenceException", failure.Error);
        Assert.Equal("C-D", Assert.Single(result.Anomalies).Code);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Run_RuleWithMissingInput_IsNotEvaluatedAndListedWithItsReason()
    {
        var rule = Rule("A-B");
        rule.MissingInput(Arg.Any<SnapshotPair>()).Returns("pas d'export STS reçu");

        var result = new RuleRunner([rule]).Run(Pair);

        rule.DidNotReceive().Evaluate(Arg.Any<SnapshotPair>(), Arg.Any<CheckSettings>());
        Assert.Equal(new CheckNotRun("A-B", "pas d'export STS reçu"), Assert.Single(result.ChecksNotRun));
    }

    [Fact]
    public void Run_Anomalies_AreSortedByCodeThenSubjectAndCarryTheUai()
    {
        var rule = Rule("Z-Z", Anomaly("Z-Z", "b"), Anomaly("A-A", "c", Severity.Info), Anomaly("Z-Z", "a"));

        var result = new RuleRunner([rule]).Run(Pair);

        Assert.Equal(["A-A:c", "Z-Z:a", "Z-Z:b"], result.Anomalies.Select(a => $"{a.Code}:{a.Subject}").ToArray());
        Assert.All(result.Anomalies, a => Assert.Equal("0769990A", a.Uai));
    }

    [Fact]
    public void HasErrors_OnlyWarnings_IsFalse()
    {
        var result = new RuleRunner([Rule("A-A", Anomaly("A-A", "x", Severity.Attention))]).Run(Pair);

        Assert.False(result.HasErrors);
    }
}

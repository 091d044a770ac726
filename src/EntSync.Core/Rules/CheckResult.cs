using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules;

/// <summary>The outcome of checking one snapshot.</summary>
public sealed record CheckResult(SchoolSnapshot Snapshot, IReadOnlyList<Anomaly> Anomalies, IReadOnlyList<CheckNotRun> ChecksNotRun, IReadOnlyList<RuleFailure> FailedRules)
{
    public bool HasErrors => Anomalies.Any(a => a.Severity == Severity.Erreur) || FailedRules.Count > 0;
}

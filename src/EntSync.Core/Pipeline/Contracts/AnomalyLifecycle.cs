using EntSync.Core.Rules;

namespace EntSync.Core.Pipeline.Contracts;

/// <summary>
/// What changed in an establishment's anomalies with this run: problems seen for the first time, still open (with the
/// day they were first seen), and resolved (their check ran and no longer finds them).
/// </summary>
public sealed record AnomalyLifecycle(IReadOnlyList<Anomaly> New, IReadOnlyList<OpenAnomaly> StillOpen, IReadOnlyList<OpenAnomaly> Resolved);

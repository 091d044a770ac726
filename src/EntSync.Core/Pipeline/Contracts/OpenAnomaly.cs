using EntSync.Core.Rules;

namespace EntSync.Core.Pipeline.Contracts;

/// <summary>An anomaly as the state remembers it across runs (one row per code + subject).</summary>
public sealed record OpenAnomaly(Anomaly Anomaly, DateTime FirstSeen, DateTime LastSeen, bool Ignored);

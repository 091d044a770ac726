using EntSync.Core.Rules;

namespace EntSync.Core.Pipeline.Sync;

/// <summary>An anomaly silenced on purpose by the configuration, until a date (inclusive) or for good.</summary>
public sealed record IgnoredAnomaly(string Code, string Subject, string Reason, DateOnly? Until)
{
    public bool Matches(Anomaly anomaly, DateOnly today) =>
        anomaly.Code == Code && anomaly.Subject == Subject && (Until is null || today <= Until);
}

using EntSync.Core.Rules;

namespace EntSync.Core.Relay;

/// <summary>
/// What the relay did in one run: every item the gate looked at, as it ended (sent, simulated, held, failing, refused,
/// superseded), the destinations that could not be processed, and each establishment's ENT-* anomalies. An
/// establishment listed in <see cref="Incomplete"/> had a destination fail: its ENT anomalies must not be resolved.
/// </summary>
public sealed record RelayRunResult(
    IReadOnlyList<RelayItem> Items,
    IReadOnlyList<string> Failures,
    IReadOnlyDictionary<string, IReadOnlyList<Anomaly>> Anomalies,
    IReadOnlySet<string> Incomplete)
{
    public static RelayRunResult Empty { get; } =
        new([], [], new Dictionary<string, IReadOnlyList<Anomaly>>(), new HashSet<string>());

    /// <summary>A held, failing or refused file, or a destination that could not be processed: the run found problems.</summary>
    public bool HasProblems => Failures.Count > 0 || Items.Any(i => i.Status is RelayStatus.EnAttente or RelayStatus.Echec or RelayStatus.Refuse);
}

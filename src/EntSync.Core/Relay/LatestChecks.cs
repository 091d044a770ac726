using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Relay;

/// <summary>
/// An establishment's latest checks for the gate: its open anomalies in the state once a run's lifecycle is applied
/// (that run's findings, or the latest before it where a check could not run), ignored ones and the relay's own left out.
/// </summary>
public static class LatestChecks
{
    private static readonly IReadOnlySet<string> RelayCodes = EntAnomalies.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

    public static async Task<RelayChecks> ReadAsync(IStateStore state, string uai, int? schoolYear, CancellationToken cancellationToken)
    {
        var open = await state.OpenAnomaliesAsync(uai, cancellationToken);
        var codes = open.Where(o => !o.Ignored && !RelayCodes.Contains(o.Anomaly.Code)).Select(o => o.Anomaly.Code).ToHashSet(StringComparer.Ordinal);
        return new RelayChecks(schoolYear, codes);
    }
}

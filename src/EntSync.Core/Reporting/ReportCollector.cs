using EntSync.Core.Model;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules;

namespace EntSync.Core.Reporting;

/// <summary>
/// Gathers one establishment's report from the state (open and resolved anomalies, files received and quarantined),
/// the ENT relay's history and the latest check (what could not be checked). Reads only.
/// </summary>
public sealed class ReportCollector(IStateStore state, IRelayReportSource relay)
{
    /// <summary>With no previous report, the windows of "since the last report" cover the last day.</summary>
    private static readonly TimeSpan FirstWindow = TimeSpan.FromDays(1);

    public async Task<ReportData> CollectAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var uai = request.Uai;
        var since = request.Since ?? request.Now - FirstWindow;
        var check = request.Check;
        return new ReportData
        {
            Uai = uai,
            Name = request.Name,
            GeneratedAt = request.Now,
            Since = request.Since,
            Open = await state.OpenAnomaliesAsync(uai, cancellationToken),
            Resolved = request.Since is null ? [] : await state.ResolvedSinceAsync(uai, since, cancellationToken),
            ChecksNotRun = check?.ChecksNotRun ?? [],
            FailedRules = check?.FailedRules ?? [],
            LastFiles = await state.LastFilesByKindAsync(uai, cancellationToken),
            SilentDays = request.SilentDays,
            Quarantined = (await state.QuarantinedSinceAsync(since, cancellationToken))
                .Where(f => f.Uai is null || string.Equals(f.Uai, uai, StringComparison.OrdinalIgnoreCase)).ToList(),
            Relay = await relay.ForReportAsync(uai, since, cancellationToken),
            Deliveries = request.Deliveries,
        };
    }
}

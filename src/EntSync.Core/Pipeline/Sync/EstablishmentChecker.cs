using EntSync.Core.Inspection;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Reporting;
using EntSync.Core.Rules;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Pipeline.Sync;

/// <summary>
/// Checks one establishment on the latest stored export of each kind (so a run that only received a timetable still
/// checks it against the last SIECLE and STS-Web exports), records the anomalies' lifecycle and writes the HTML report.
/// </summary>
internal sealed class EstablishmentChecker(IFileStore files, IStateStore state, SyncSettings settings, TimeProvider time)
{
    private readonly IReadOnlyList<IAnomalyRule> _rules = AnomalyRules.CreateDefault();

    public async Task<(CheckResult, AnomalyLifecycle)> CheckAsync(string uai, int? year, long runId, IReadOnlyList<InspectedFile> refusedNow,
        CancellationToken cancellationToken)
    {
        var result = await RunChecksAsync(uai, year, refusedNow, cancellationToken);
        var notRun = result.ChecksNotRun.Select(c => c.Code).ToHashSet();
        var checkedCodes = _rules.SelectMany(r => r.Codes).Where(c => !notRun.Contains(c) && !settings.DisabledCodes.Contains(c)).ToHashSet();

        var today = DateOnly.FromDateTime(Now());
        var lifecycle = await state.ApplyAnomaliesAsync(uai, runId, result.Anomalies, checkedCodes,
            a => settings.Ignored.Any(i => i.Matches(a, today)), Now(), cancellationToken);

        await WriteReportAsync(result, cancellationToken);
        return (result, lifecycle);
    }

    /// <summary>The checks and the report alone, state untouched: what the nightly report job does between syncs.</summary>
    public async Task<CheckResult> ReportAsync(string uai, int? year, CancellationToken cancellationToken)
    {
        var result = await RunChecksAsync(uai, year, [], cancellationToken);
        await WriteReportAsync(result, cancellationToken);
        return result;
    }

    private async Task<CheckResult> RunChecksAsync(string uai, int? year, IReadOnlyList<InspectedFile> refusedNow, CancellationToken cancellationToken)
    {
        var latest = (await state.GetLatestExportsAsync(cancellationToken))
            .Where(l => string.Equals(l.Uai, uai, StringComparison.OrdinalIgnoreCase)).Select(l => l.Path).Distinct().ToList();
        var options = new SnapshotOptions { Uai = uai, SchoolYear = year };
        var snapshot = CheckPipeline.Assemble(latest.Where(File.Exists), options, settings.Limits, refusedNow).Single();

        var result = new RuleRunner(_rules, settings.Checks).Run(new SnapshotPair(snapshot, null));
        return result with { Anomalies = result.Anomalies.Where(a => !settings.DisabledCodes.Contains(a.Code)).ToList() };
    }

    private async Task WriteReportAsync(CheckResult result, CancellationToken cancellationToken)
    {
        var html = CheckHtmlRenderer.Render([result], Now());
        var uai = result.Snapshot.Uai;
        await files.WriteReportAsync($"{uai}_{Now():yyyy-MM-dd}.html", html, cancellationToken);
        await files.WriteReportAsync($"{uai}_dernier.html", html, cancellationToken);
    }

    private DateTime Now() => time.GetLocalNow().DateTime;
}

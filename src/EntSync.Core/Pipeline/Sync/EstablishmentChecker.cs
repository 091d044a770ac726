using EntSync.Core.Inspection;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Reporting;
using EntSync.Core.Rules;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Pipeline.Sync;

/// <summary>
/// Checks one establishment on the latest stored export of each kind (so a run that only received a timetable still
/// checks it against the last SIECLE and STS-Web exports), compared with the previous export of each kind, records the anomalies' lifecycle and writes the HTML report.
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
        var options = new SnapshotOptions { Uai = uai, SchoolYear = year };
        var latest = await ArchivedPathsAsync(state.GetLatestExportsAsync, uai, cancellationToken);
        var snapshot = CheckPipeline.Assemble(latest, options, settings.Limits, refusedNow).Single();

        // The exports each latest one replaced: the checks comparing two exports (partial export, renamed groups) need
        // them. Refused files belong to this run, not to the previous snapshot.
        var previousPaths = await ArchivedPathsAsync(state.GetPreviousExportsAsync, uai, cancellationToken);
        var previous = previousPaths.Count == 0 ? null : CheckPipeline.Assemble(previousPaths, options, settings.Limits).SingleOrDefault();

        var result = new RuleRunner(_rules, settings.Checks).Run(new SnapshotPair(snapshot, previous));
        return result with { Anomalies = result.Anomalies.Where(a => !settings.DisabledCodes.Contains(a.Code)).ToList() };
    }

    /// <summary>The archived copies of the establishment's exports still on disk (retention may have removed some).</summary>
    private static async Task<IReadOnlyList<string>> ArchivedPathsAsync(Func<CancellationToken, Task<IReadOnlyList<LatestExport>>> exports, string uai,
        CancellationToken cancellationToken) =>
        (await exports(cancellationToken))
            .Where(l => string.Equals(l.Uai, uai, StringComparison.OrdinalIgnoreCase)).Select(l => l.Path).Distinct().Where(File.Exists).ToList();

    private async Task WriteReportAsync(CheckResult result, CancellationToken cancellationToken)
    {
        var html = CheckHtmlRenderer.Render([result], Now());
        var uai = result.Snapshot.Uai;
        await files.WriteReportAsync($"{uai}_{Now():yyyy-MM-dd}.html", html, cancellationToken);
        await files.WriteReportAsync($"{uai}_dernier.html", html, cancellationToken);
    }

    private DateTime Now() => time.GetLocalNow().DateTime;
}

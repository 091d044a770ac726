using EntSync.Core.Inspection;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Pipeline.Sync;

/// <summary>
/// Checks one establishment on the latest stored export of each kind (so a run that only received a timetable still
/// checks it against the last SIECLE and STS-Web exports), compared with the previous export of each kind, and records the anomalies' lifecycle. The report is built from the
/// state afterwards (Reporting/ReportCollector).
/// </summary>
internal sealed class EstablishmentChecker(IStateStore state, SyncSettings settings, TimeProvider time)
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

        return (result, lifecycle);
    }

    /// <summary>The checks alone, state untouched: what the nightly report needs for "contrôles non effectués".</summary>
    public Task<CheckResult> CheckOnlyAsync(string uai, int? year, CancellationToken cancellationToken) =>
        RunChecksAsync(uai, year, [], cancellationToken);

    private async Task<CheckResult> RunChecksAsync(string uai, int? year, IReadOnlyList<InspectedFile> refusedNow, CancellationToken cancellationToken)
    {
        var options = new SnapshotOptions { Uai = uai, SchoolYear = year };
        var latest = await ArchivedPathsAsync(state.GetLatestExportsAsync, uai, cancellationToken);
        var snapshot = CheckPipeline.Assemble(latest, options, settings.Limits, refusedNow).Single();

        // The exports each latest one replaced: the checks comparing two exports (partial export, renamed groups) need
        // them. Refused files belong to this run, not to the previous snapshot.
        var previousPaths = await ArchivedPathsAsync(state.GetPreviousExportsAsync, uai, cancellationToken);
        var previous = previousPaths.Count == 0 ? null : CheckPipeline.Assemble(previousPaths, options, settings.Limits).SingleOrDefault();

        // Today is the run's day (a long-running service must not keep the day it started), and the flow of exports
        // is known here only: SOURCE-MUETTE needs when each kind was last received.
        var checks = settings.Checks with { Today = DateOnly.FromDateTime(Now()), Sources = await SourceWatchAsync(uai, cancellationToken) };
        var result = new RuleRunner(_rules, checks).Run(new SnapshotPair(snapshot, previous));
        return result with { Anomalies = result.Anomalies.Where(a => !settings.DisabledCodes.Contains(a.Code)).ToList() };
    }

    /// <summary>The archived copies of the establishment's exports still on disk (retention may have removed some).</summary>
    private static async Task<IReadOnlyList<string>> ArchivedPathsAsync(Func<CancellationToken, Task<IReadOnlyList<LatestExport>>> exports, string uai,
        CancellationToken cancellationToken) =>
        (await exports(cancellationToken))
            .Where(l => string.Equals(l.Uai, uai, StringComparison.OrdinalIgnoreCase)).Select(l => l.Path).Distinct().Where(File.Exists).ToList();

    private async Task<SourceWatch?> SourceWatchAsync(string uai, CancellationToken cancellationToken)
    {
        if (!settings.SilentSourceDays.Values.Any(d => d > 0)) return null;
        var last = (await state.LastFilesByKindAsync(uai, cancellationToken))
            .Where(f => f.Kind is not null)
            .GroupBy(f => f.Kind!.Value)
            .ToDictionary(g => g.Key, g => g.Max(f => f.ReceivedAt));
        return new SourceWatch(settings.SilentSourceDays, last);
    }

    private DateTime Now() => time.GetLocalNow().DateTime;
}

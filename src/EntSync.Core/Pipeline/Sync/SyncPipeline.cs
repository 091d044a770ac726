using EntSync.Core.Inspection;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Readers;
using EntSync.Core.Relay;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Catalog;
using Microsoft.Extensions.Logging;

namespace EntSync.Core.Pipeline.Sync;

/// <summary>
/// One sync run, in the order of DESIGN.md §2: finish what a crash left, collect, identify and read, archive or
/// quarantine, assemble each establishment's snapshot from the latest stored exports, check, record the anomalies'
/// lifecycle, write the report, then relay the files to the ENT and the routes' destinations (when configured). Each
/// source, file, establishment and destination is isolated: one failure is recorded and the run goes on. Logs carry
/// identifiers and counts only.
/// </summary>
public sealed class SyncPipeline(
    IReadOnlyList<IDropSource> sources,
    IFileStore files,
    IStateStore state,
    SyncSettings settings,
    TimeProvider time,
    ILogger<SyncPipeline> logger,
    RelayRunner? relay = null)
{
    private const string RetryNextRun = "nouvel essai à la prochaine synchronisation";

    private static readonly IReadOnlySet<string> RelayCodes = EntAnomalies.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

    private readonly ExportInspector _inspector = new(ExportReaderCatalog.CreateDefault(), settings.Limits);

    public async Task<SyncRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var runId = await state.StartRunAsync(Now(), cancellationToken);
        logger.LogInformation("Synchronisation {RunId} : début", runId);
        var received = new List<FileRecord>();
        var refusedNow = new List<InspectedFile>();
        var failures = new List<string>();

        foreach (var pending in await state.PendingFilesAsync(cancellationToken))
        {
            // A crash left it in the inbox, recorded but unprocessed: finish it before collecting anything new.
            received.Add(await ProcessAsync(pending, refusedNow, cancellationToken));
        }

        var collector = new DropCollector(files, state, time, logger);
        foreach (var source in sources)
        {
            try
            {
                await collector.CollectAsync(source, record => ProcessAsync(record, refusedNow, cancellationToken), received, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A configuration error (credentials, host key) will fail the same way until someone fixes it: say so.
                var next = ex is DropSourceException { IsConfigurationError: true }
                    ? "à corriger : la source restera en échec jusque-là"
                    : RetryNextRun;
                failures.Add($"source {source.Name} : {ex.Message.TrimEnd('.', ' ')} ({next})");
                logger.LogError("Source {Source} en échec ({Error})", source.Name, ex.GetType().Name);
            }
        }

        var checker = new EstablishmentChecker(state, settings, time);
        var establishments = new List<(CheckResult, AnomalyLifecycle)>();
        foreach (var (uai, year) in settings.Etablissements)
        {
            try
            {
                establishments.Add(await checker.CheckAsync(uai, year, runId, refusedNow, cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One establishment's failure (a bug, an unreadable archive) must not stop the others' checks.
                failures.Add($"contrôles de {uai} : {ex.GetType().Name} ({RetryNextRun})");
                logger.LogError("Contrôles de {Uai} en échec ({Error})", uai, ex.GetType().Name);
            }
        }

        var relayed = await RelayAsync(runId, received, establishments, failures, cancellationToken);

        var quarantined = received.Where(r => r.Status == FileStatus.Quarantaine).ToList();
        var anomalies = establishments.Sum(e => e.Item1.Anomalies.Count) + relayed.Anomalies.Values.Sum(a => a.Count);
        var outcome = failures.Count > 0 || quarantined.Count > 0 || establishments.Any(e => e.Item1.HasErrors) || relayed.HasProblems ? 1 : 0;
        var summary = new RunSummary(Now(), outcome, received.Count, quarantined.Count, anomalies,
            failures.Count == 0 ? null : string.Join(" ; ", failures));
        await state.FinishRunAsync(runId, summary, cancellationToken);
        logger.LogInformation("Synchronisation {RunId} : {Recus} fichier(s) reçu(s), {Quarantaine} en quarantaine, {Anomalies} anomalie(s)",
            runId, received.Count, quarantined.Count, anomalies);

        return new SyncRunResult(runId, summary)
        {
            Received = received,
            Quarantined = quarantined,
            Failures = failures,
            Establishments = establishments,
            Relay = relayed,
        };
    }

    /// <summary>
    /// Relays after the checks, so the gate sees this run's findings; the ENT-* anomalies then join each establishment's
    /// lifecycle (resolved only where every destination of the establishment could be processed).
    /// </summary>
    private async Task<RelayRunResult> RelayAsync(long runId, IReadOnlyList<FileRecord> received, IReadOnlyList<(CheckResult, AnomalyLifecycle)> establishments,
        List<string> failures, CancellationToken cancellationToken)
    {
        if (relay is null || relay.Targets.Count == 0) return RelayRunResult.Empty;
        try
        {
            var checkedYears = establishments.Select(e => e.Item1.Snapshot).Where(s => s.Uai is not null)
                .DistinctBy(s => s.Uai, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(s => s.Uai!, s => s.SchoolYear, StringComparer.OrdinalIgnoreCase);
            var result = await relay.RunAsync(received, (uai, ct) => LatestChecksAsync(uai, checkedYears, ct), cancellationToken);
            failures.AddRange(result.Failures.Select(f => $"{f} ({RetryNextRun})"));
            var today = DateOnly.FromDateTime(Now());
            foreach (var (uai, _) in settings.Etablissements)
            {
                var found = (result.Anomalies.GetValueOrDefault(uai) ?? []).Where(a => !settings.DisabledCodes.Contains(a.Code)).ToList();
                var codes = result.Incomplete.Contains(uai) ? new HashSet<string>() : RelayCodes;
                await state.ApplyAnomaliesAsync(uai, runId, found, codes, a => settings.Ignored.Any(i => i.Matches(a, today)), Now(), cancellationToken);
            }

            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failures.Add($"relais : {ex.GetType().Name} ({RetryNextRun})");
            logger.LogError("Relais en échec ({Error})", ex.GetType().Name);
            return RelayRunResult.Empty;
        }
    }

    /// <summary>The year the checks of this run covered for the establishment, else its configured year.</summary>
    private async Task<RelayChecks?> LatestChecksAsync(string uai, IReadOnlyDictionary<string, int?> checkedYears, CancellationToken cancellationToken)
    {
        var year = checkedYears.TryGetValue(uai, out var y) ? y
            : settings.Etablissements.FirstOrDefault(e => string.Equals(e.Uai, uai, StringComparison.OrdinalIgnoreCase)).SchoolYear;
        return await LatestChecks.ReadAsync(state, uai, year, cancellationToken);
    }

    /// <summary>Checks one establishment on the stored exports without collecting or touching the state (for the report).</summary>
    public Task<CheckResult> CheckOnlyAsync(string uai, int? year, CancellationToken cancellationToken) =>
        new EstablishmentChecker(state, settings, time).CheckOnlyAsync(uai, year, cancellationToken);

    /// <summary>The name the file was dropped under (the inbox adds a time stamp), with the zip entry when it is one.</summary>
    private static string DroppedName(FileRecord record, InspectedFile result)
    {
        var entry = result.File.IndexOf('!');
        return entry < 0 ? record.OriginalName : record.OriginalName + result.File[entry..];
    }

    /// <summary>Identifies and reads a received file, then archives it (and records it as latest export) or quarantines it.</summary>
    private async Task<FileRecord> ProcessAsync(FileRecord record, List<InspectedFile> refusedNow, CancellationToken cancellationToken)
    {
        var inbox = new InboxFile(record.Path, record.OriginalName, record.Sha256, record.Size);
        var results = _inspector.Inspect(ExportDocument.FromFile(record.Path, settings.Limits));
        var readable = results.Where(r => r.Ok).ToList();
        if (readable.Count == 0)
        {
            var reason = string.Join(Environment.NewLine, results.Select(r => r.Error?.Message ?? "export non reconnu"));
            var where = await files.QuarantineAsync(inbox, reason, Now(), cancellationToken);
            var quarantined = record with { Status = FileStatus.Quarantaine, Path = where, Reason = reason };
            await state.UpdateFileAsync(quarantined, cancellationToken);
            refusedNow.AddRange(results.Select(r => r with
            {
                File = $"{record.OriginalName} (mis en quarantaine : {Path.GetFileName(where)})", Subject = DroppedName(record, r),
            }));
            logger.LogWarning("Fichier {FileId} mis en quarantaine", record.Id);
            return quarantined;
        }

        refusedNow.AddRange(results.Where(r => !r.Ok).Select(r => r with { Subject = DroppedName(record, r) }));
        var archived = await files.ArchiveAsync(inbox, Now(), cancellationToken);
        var first = readable[0].Identity;
        var done = record with
        {
            Status = FileStatus.Archive, Path = archived, Kind = first.Kind, Uai = first.Uai, SchoolYear = first.SchoolYear, ExportDate = first.ExportDate,
        };
        await state.UpdateFileAsync(done, cancellationToken);
        foreach (var r in readable)
        {
            // Some exports name no establishment or year (EDT's text export): with one establishment configured they are its.
            var single = settings.Etablissements.Count == 1 ? settings.Etablissements[0] : default;
            var uai = r.Identity.Uai ?? single.Uai;
            var year = r.Identity.SchoolYear ?? single.SchoolYear ?? Xml.ExportDates.SchoolYearOf(Now());
            if (uai is null) continue;
            await state.SetLatestExportAsync(
                new LatestExport(uai.ToUpperInvariant(), year, r.Identity.Kind, record.Id, archived, r.Identity.ExportDate ?? record.ReceivedAt),
                cancellationToken);
        }

        logger.LogInformation("Fichier {FileId} lu : {Kind}, archivé", record.Id, first.Kind);
        return done;
    }

    private DateTime Now() => time.GetLocalNow().DateTime;
}

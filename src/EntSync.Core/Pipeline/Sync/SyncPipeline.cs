using EntSync.Core.Inspection;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Readers;
using EntSync.Core.Rules;
using Microsoft.Extensions.Logging;

namespace EntSync.Core.Pipeline.Sync;

/// <summary>
/// One sync run, in the order of DESIGN.md §2: finish what a crash left, collect, identify and read, archive or
/// quarantine, assemble each establishment's snapshot from the latest stored exports, check, record the anomalies'
/// lifecycle, write the report. Each source, file and establishment is isolated: one failure is recorded and the run
/// goes on. Logs carry identifiers and counts only.
/// </summary>
public sealed class SyncPipeline(
    IReadOnlyList<IDropSource> sources,
    IFileStore files,
    IStateStore state,
    SyncSettings settings,
    TimeProvider time,
    ILogger<SyncPipeline> logger)
{
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
                failures.Add($"source {source.Name} : {ex.Message}");
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
                failures.Add($"contrôles de {uai} : {ex.GetType().Name}");
                logger.LogError("Contrôles de {Uai} en échec ({Error})", uai, ex.GetType().Name);
            }
        }

        var quarantined = received.Where(r => r.Status == FileStatus.Quarantaine).ToList();
        var anomalies = establishments.Sum(e => e.Item1.Anomalies.Count);
        var outcome = failures.Count > 0 || quarantined.Count > 0 || establishments.Any(e => e.Item1.HasErrors) ? 1 : 0;
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
        };
    }

    /// <summary>Checks one establishment on the stored exports without collecting or touching the state (for the report).</summary>
    public Task<CheckResult> CheckOnlyAsync(string uai, int? year, CancellationToken cancellationToken) =>
        new EstablishmentChecker(state, settings, time).CheckOnlyAsync(uai, year, cancellationToken);

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
            refusedNow.AddRange(results.Select(r => r with { File = $"{record.OriginalName} (mis en quarantaine : {Path.GetFileName(where)})" }));
            logger.LogWarning("Fichier {FileId} mis en quarantaine", record.Id);
            return quarantined;
        }

        refusedNow.AddRange(results.Where(r => !r.Ok));
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

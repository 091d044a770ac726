using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Pipeline.Sync;
using EntSync.Core.Relay;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Relay;
using EntSync.Infrastructure.Sources;
using EntSync.Infrastructure.State;
using Microsoft.Extensions.Logging;

namespace EntSync.Worker.Hosting;

/// <summary>
/// The one place that wires a run from the configuration: data directory, lock, state store, sources, pipeline.
/// Used by the scheduled jobs and by <c>entsync once</c>, so both behave the same. One sync at a time: the data
/// directory's lock is held for the whole run.
/// </summary>
internal sealed class SyncService(LoadedConfig config, TimeProvider time, ILoggerFactory loggers) : ISyncService
{
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(1);

    public DataDirectory Data { get; } = new DataDirectory(config.DataDirectory).EnsureCreated();

    public async Task<SyncRunResult> RunOnceAsync(CancellationToken cancellationToken) =>
        await WithPipelineAsync((pipeline, ct) => pipeline.RunAsync(ct), cancellationToken);

    public async Task WriteReportsAsync(CancellationToken cancellationToken) =>
        await WithPipelineAsync(async (pipeline, ct) =>
        {
            await pipeline.WriteReportsAsync(ct);
            return 0;
        }, cancellationToken);

    public async Task HousekeepAsync(CancellationToken cancellationToken)
    {
        using var held = await SyncLock.TryAcquireAsync(Data.LockFile, LockWait, cancellationToken) ?? throw new SyncBusyException();
        using var state = SqliteStateStore.Open(Data.Root);
        var cutoff = time.GetLocalNow().DateTime.AddDays(-config.Options.Donnees.RetentionJours);
        await state.PurgeAsync(cutoff, cancellationToken);
        // The previous exports too: the checks compare the latest exports with them.
        var exports = (await state.GetLatestExportsAsync(cancellationToken)).Concat(await state.GetPreviousExportsAsync(cancellationToken));
        var kept = exports.Select(l => Path.GetFullPath(l.Path)).ToHashSet();
        var removed = new ArchiveRetention(Data.Archive).Apply(DateOnly.FromDateTime(cutoff), kept);
        loggers.CreateLogger<SyncService>().LogInformation("Ménage : {Removed} fichier(s) d'archive supprimé(s)", removed);
    }

    private async Task<T> WithPipelineAsync<T>(Func<SyncPipeline, CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        using var held = await SyncLock.TryAcquireAsync(Data.LockFile, LockWait, cancellationToken) ?? throw new SyncBusyException();
        using var state = SqliteStateStore.Open(Data.Root);
        using var targets = RelayTargetSet.Create(config.Options);
        var relay = new RelayRunner(targets.Targets, new SqliteRelayStore(state), time, loggers.CreateLogger<RelayRunner>());
        var pipeline = new SyncPipeline(CreateSources(config, time, loggers), new FileStore(Data), state, SyncSettingsFactory.From(config.Options), time,
            loggers.CreateLogger<SyncPipeline>(), relay);
        return await action(pipeline, cancellationToken);
    }

    /// <summary>Every configured source; also what <c>entsync diagnostic</c> lists, so a new source type is checked there too.</summary>
    internal static IReadOnlyList<IDropSource> CreateSources(LoadedConfig config, TimeProvider time, ILoggerFactory loggers) =>
        new DropSourceFactory(new DataDirectory(config.DataDirectory), new ExternalProcessRunner(), time, loggers).Create(config.Options.Sources);
}

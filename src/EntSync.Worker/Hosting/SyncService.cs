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

    /// <summary>The nightly report (and the outbox) built on this service's data directory and lock.</summary>
    public ReportService Reports => _reports ??= new ReportService(config, this, time, loggers, RelaySourceFactory.Create);

    private ReportService? _reports;

    /// <summary>One sync, then each establishment's report page (rapports/&lt;uai&gt;_dernier.html) as of now, nothing sent.</summary>
    public async Task<SyncRunResult> RunOnceAsync(CancellationToken cancellationToken) =>
        await WithStateAsync(async (pipeline, state, ct) =>
        {
            var run = await pipeline.RunAsync(ct);
            await Reports.WritePagesAsync(pipeline, state, run.Establishments.Select(e => e.Check).ToList(), ct);
            return run;
        }, cancellationToken);

    public Task SendReportsAsync(CancellationToken cancellationToken) => Reports.SendAsync(cancellationToken);

    public Task FlushOutboxAsync(CancellationToken cancellationToken) => Reports.FlushAsync(force: false, cancellationToken);

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
        var reports = new ReportRetention(Data.Rapports).Apply(cutoff);
        loggers.CreateLogger<SyncService>().LogInformation("Ménage : {Removed} fichier(s) d'archive et {Reports} rapport(s) daté(s) supprimé(s)", removed, reports);
    }

    /// <summary>Runs <paramref name="action"/> holding the data directory's lock, with the state store and a pipeline.</summary>
    public async Task<T> WithStateAsync<T>(Func<SyncPipeline, IStateStore, CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        using var held = await SyncLock.TryAcquireAsync(Data.LockFile, LockWait, cancellationToken) ?? throw new SyncBusyException();
        using var state = SqliteStateStore.Open(Data.Root);
        using var targets = RelayTargetSet.Create(config.Options);
        var relay = new RelayRunner(targets.Targets, new SqliteRelayStore(state), time, loggers.CreateLogger<RelayRunner>());
        var pipeline = new SyncPipeline(CreateSources(config, time, loggers), new FileStore(Data), state, SyncSettingsFactory.From(config.Options), time,
            loggers.CreateLogger<SyncPipeline>(), relay);
        return await action(pipeline, state, cancellationToken);
    }

    /// <summary>Every configured source; also what <c>entsync diagnostic</c> lists, so a new source type is checked there too.</summary>
    internal static IReadOnlyList<IDropSource> CreateSources(LoadedConfig config, TimeProvider time, ILoggerFactory loggers) =>
        new DropSourceFactory(new DataDirectory(config.DataDirectory), new ExternalProcessRunner(), time, loggers).Create(config.Options.Sources);
}

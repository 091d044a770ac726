using EntSync.Core.Pipeline.Sync;

namespace EntSync.Worker.Hosting;

/// <summary>What the scheduled jobs and the <c>once</c> verb ask of the service: one sync, the reports, the housekeeping.</summary>
internal interface ISyncService
{
    /// <summary>One sync run, holding the data directory's lock (waits up to a minute for a running one).</summary>
    Task<SyncRunResult> RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>The nightly report: each establishment's report to its recipients (or to rapports/ without a mail server).</summary>
    Task SendReportsAsync(CancellationToken cancellationToken);

    /// <summary>Sends the reports waiting in outbox/ whose next attempt is due.</summary>
    Task FlushOutboxAsync(CancellationToken cancellationToken);

    /// <summary>Applies the retention: old archives and personal data in the state go; the latest exports stay.</summary>
    Task HousekeepAsync(CancellationToken cancellationToken);
}

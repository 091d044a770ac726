using Microsoft.Extensions.Logging;
using Quartz;

namespace EntSync.Worker.Hosting;

/// <summary>The scheduled sync (cron from the configuration, or triggered early by a folder watcher). Never two at once.</summary>
[DisallowConcurrentExecution]
internal sealed class SyncJob(ISyncService service, ILogger<SyncJob> logger) : IJob
{
    public static readonly JobKey Key = new("synchronisation");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await service.RunOnceAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Synchronisation interrompue par l'arrêt du service ; elle reprendra au prochain démarrage");
        }
        catch (Exception ex)
        {
            // The schedule goes on: the next run retries. The type is enough to find the bug; no data is logged.
            logger.LogError("Synchronisation en échec : {Error}", ex.GetType().Name);
        }
    }
}

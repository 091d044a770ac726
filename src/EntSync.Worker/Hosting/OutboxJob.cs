using Microsoft.Extensions.Logging;
using Quartz;

namespace EntSync.Worker.Hosting;

/// <summary>Every two minutes, sends the reports waiting in outbox/ whose next attempt is due (backoff up to an hour).</summary>
[DisallowConcurrentExecution]
internal sealed class OutboxJob(ISyncService service, ILogger<OutboxJob> logger) : IJob
{
    public static readonly JobKey Key = new("envois");

    public const string Cron = "30 0/2 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await service.FlushOutboxAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Envoi des courriels en attente en échec : {Error}", ex.GetType().Name);
        }
    }
}

using Microsoft.Extensions.Logging;
using Quartz;

namespace EntSync.Worker.Hosting;

/// <summary>Retention: archives and personal data older than <c>retentionJours</c> go; the latest exports never do.</summary>
[DisallowConcurrentExecution]
internal sealed class HousekeepingJob(ISyncService service, ILogger<HousekeepingJob> logger) : IJob
{
    public static readonly JobKey Key = new("menage");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await service.HousekeepAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Ménage en échec : {Error}", ex.GetType().Name);
        }
    }
}

using Microsoft.Extensions.Logging;
using Quartz;

namespace EntSync.Worker.Hosting;

/// <summary>The nightly report. Until the emailed report exists, it writes each establishment's HTML page to rapports/.</summary>
[DisallowConcurrentExecution]
internal sealed class ReportJob(ISyncService service, ILogger<ReportJob> logger) : IJob
{
    public static readonly JobKey Key = new("rapport");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await service.WriteReportsAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Rapport en échec : {Error}", ex.GetType().Name);
        }
    }
}

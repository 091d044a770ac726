using Microsoft.Extensions.Logging;
using Quartz;

namespace EntSync.Worker.Hosting;

/// <summary>The nightly report: each establishment's report emailed per audience (or written to rapports/ without a mail server).</summary>
[DisallowConcurrentExecution]
internal sealed class ReportJob(ISyncService service, ILogger<ReportJob> logger) : IJob
{
    public static readonly JobKey Key = new("rapport");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await service.SendReportsAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Rapport en échec : {Error}", ex.GetType().Name);
        }
    }
}

using EntSync.Infrastructure.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Serilog;

namespace EntSync.Worker.Hosting;

/// <summary>
/// The unattended service: the generic host, Quartz jobs on the configured crons (a sync at start too, so files
/// already waiting are taken), folder watchers that bring the next sync forward, Serilog to console and files.
/// Stopping lets a running sync finish (Quartz waits for jobs) within the host's shutdown timeout.
/// </summary>
internal static class ServiceHost
{
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <param name="scm">Set when running as a Windows service: the SCM drives the host's lifetime instead of the console.</param>
    public static IHost Build(LoadedConfig config, Serilog.ILogger logger, Windows.ScmSession? scm = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        if (scm is not null)
        {
            builder.Services.AddSingleton(scm);
            builder.Services.AddSingleton<IHostLifetime, Windows.Win32ServiceLifetime>();
        }

        builder.Logging.ClearProviders();
        // The caller owns the logger: host.Run() disposes the host, and the final "stopped" line must still reach the file.
        builder.Logging.AddSerilog(logger, dispose: false);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSingleton(config);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ISyncService, SyncService>();
        builder.Services.AddHostedService<FolderWatchTrigger>();

        var plan = config.Options.Planification;
        builder.Services.AddQuartz(q =>
        {
            q.AddJob<SyncJob>(j => j.WithIdentity(SyncJob.Key));
            q.AddTrigger(t => t.ForJob(SyncJob.Key).WithIdentity("synchronisation-demarrage").StartNow());
            q.AddTrigger(t => t.ForJob(SyncJob.Key).WithIdentity("synchronisation-planifiee").WithCronSchedule(plan.Synchronisation));
            q.AddJob<ReportJob>(j => j.WithIdentity(ReportJob.Key));
            q.AddTrigger(t => t.ForJob(ReportJob.Key).WithIdentity("rapport-planifie").WithCronSchedule(plan.Rapport));
            q.AddJob<OutboxJob>(j => j.WithIdentity(OutboxJob.Key));
            q.AddTrigger(t => t.ForJob(OutboxJob.Key).WithIdentity("envois-planifies").WithCronSchedule(OutboxJob.Cron));
            q.AddJob<HousekeepingJob>(j => j.WithIdentity(HousekeepingJob.Key));
            q.AddTrigger(t => t.ForJob(HousekeepingJob.Key).WithIdentity("menage-planifie").WithCronSchedule(plan.Menage));
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder.Build();
    }
}

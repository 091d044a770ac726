using EntSync.Infrastructure.Configuration;
using EntSync.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Serilog;

namespace EntSync.Worker.Tests.Service;

public sealed class ServiceHostTests : IDisposable
{
    private readonly ServiceFolder _folder = new(pupils: 20);

    public void Dispose() => _folder.Dispose();

    private LoadedConfig Config()
    {
        var result = ConfigCheck.Run(_folder.ConfigPath, ConfigPlatform.Current(), TimeProvider.System);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Config!;
    }

    [Fact]
    public async Task Build_Config_SchedulesEveryJobOnItsCronAndResolvesThem()
    {
        using var host = ServiceHost.Build(Config(), new LoggerConfiguration().CreateLogger());
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        foreach (var key in new[] { SyncJob.Key, ReportJob.Key, OutboxJob.Key, HousekeepingJob.Key })
        {
            Assert.NotNull(await scheduler.GetJobDetail(key));
            Assert.NotEmpty(await scheduler.GetTriggersOfJob(key));
        }

        var cron = (await scheduler.GetTriggersOfJob(SyncJob.Key)).OfType<ICronTrigger>().Single();
        Assert.Equal(new PlanificationOptions().Synchronisation, cron.CronExpressionString);
        Assert.NotNull(ActivatorUtilities.CreateInstance<SyncJob>(host.Services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<ReportJob>(host.Services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<HousekeepingJob>(host.Services));
    }

    [Fact]
    public async Task StartThenStop_SyncsAtStartAndStopsWithinTheShutdownTimeout()
    {
        using var host = ServiceHost.Build(Config(), new LoggerConfiguration().CreateLogger());
        await host.StartAsync();
        var report = Path.Combine(_folder.Data, "rapports", $"{_folder.Uai}_dernier.html");
        for (var i = 0; i < 300 && !File.Exists(report); i++) await Task.Delay(100);

        using var timeout = new CancellationTokenSource(ServiceHost.ShutdownTimeout);
        await host.StopAsync(timeout.Token);

        Assert.True(File.Exists(report));
        Assert.Empty(Directory.GetFiles(_folder.Depot));
    }

    [Fact]
    public void Build_RepositoryDemoConfig_IsValid()
    {
        var path = Path.Combine(EntSync.Core.Tests.Support.Samples.Root, "config", "entsync.json");

        var result = ConfigCheck.Run(path, ConfigPlatform.Current(), TimeProvider.System);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }
}

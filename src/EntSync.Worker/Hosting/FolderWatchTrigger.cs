using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Sources.LocalFolder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace EntSync.Worker.Hosting;

/// <summary>
/// Watches the folder sources that ask for it and brings the next sync forward when files arrive (debounced by the
/// watcher). The cron stays the safety net: a missed event (a share that does not notify) only delays a file.
/// </summary>
internal sealed class FolderWatchTrigger(LoadedConfig config, ISchedulerFactory schedulers, TimeProvider time, ILoggerFactory loggers) : IHostedService, IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(10);
    private readonly List<LocalFolderWatcher> _watchers = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var source in config.Options.Sources.Where(s => s.Type == "dossier" && s.Surveiller && Directory.Exists(s.Chemin)))
        {
            var watcher = new LocalFolderWatcher(source.Chemin, source.Motif, Debounce, time, loggers.CreateLogger<LocalFolderWatcher>());
            watcher.Arrived += () => _ = TriggerAsync(source.Nom);
            watcher.Start();
            _watchers.Add(watcher);
        }

        return Task.CompletedTask;
    }

    private async Task TriggerAsync(string source)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler();
            await scheduler.TriggerJob(SyncJob.Key);
            loggers.CreateLogger<FolderWatchTrigger>().LogInformation("Arrivée dans la source {Source} : synchronisation avancée", source);
        }
        catch (SchedulerException ex)
        {
            loggers.CreateLogger<FolderWatchTrigger>().LogWarning("Synchronisation non avancée ({Error}) : le planning la fera", ex.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _watchers.Clear();
    }
}

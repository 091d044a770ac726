using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Infrastructure.Sources.LocalFolder;

/// <summary>
/// Watches a drop folder and says "something arrived" so a run can start early; the schedule stays the safety net.
/// Events within <c>debounce</c> of the first one make a single trigger. When the watcher loses events (buffer overflow,
/// share disconnected) it triggers anyway: a run that finds nothing costs little, a missed file waits for the cron.
/// </summary>
internal sealed class LocalFolderWatcher : IDisposable
{
    private readonly string folder;
    private readonly string pattern;
    private readonly TimeSpan debounce;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private FileSystemWatcher? watcher;
    private ITimer? pending;
    private bool disposed;

    public LocalFolderWatcher(string folder, string pattern, TimeSpan debounce, TimeProvider? time = null, ILogger<LocalFolderWatcher>? logger = null)
    {
        this.folder = Path.GetFullPath(folder);
        this.pattern = string.IsNullOrWhiteSpace(pattern) ? "*" : pattern.Trim();
        this.debounce = debounce;
        this.time = time ?? TimeProvider.System;
        this.logger = logger ?? NullLogger<LocalFolderWatcher>.Instance;
    }

    /// <summary>Raised on a thread-pool thread once per burst of arrivals.</summary>
    public event Action? Arrived;

    /// <summary>Each event that counts as an arrival, once it is scheduled (for tests).</summary>
    internal event Action<string>? Observed;

    public void Start()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (watcher is not null)
            {
                return;
            }

            watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += OnChanged;
            watcher.Changed += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.Error += (_, e) => OnError(e);
            watcher.EnableRaisingEvents = true;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            pending?.Dispose();
            pending = null;
            watcher?.Dispose();
            watcher = null;
        }
    }

    internal void OnError(ErrorEventArgs e)
    {
        if (e.GetException() is InternalBufferOverflowException)
        {
            logger.LogWarning("Surveillance de dossier : trop d'événements à la fois, une synchronisation est lancée par précaution");
        }
        else
        {
            logger.LogWarning(e.GetException(), "Surveillance de dossier interrompue ; une synchronisation est lancée et la surveillance relancée");
            Restart();
        }

        Schedule();
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (e.Name is null || !DropFileNames.IsCandidate(Path.GetFileName(e.Name), pattern))
        {
            return;
        }

        Schedule();
        Observed?.Invoke(e.Name);
    }

    private void Schedule()
    {
        lock (gate)
        {
            if (disposed || pending is not null)
            {
                return;
            }

            pending = time.CreateTimer(_ => Fire(), null, debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        lock (gate)
        {
            pending?.Dispose();
            pending = null;
            if (disposed)
            {
                return;
            }
        }

        try
        {
            Arrived?.Invoke();
        }
        catch (Exception ex)
        {
            // A failing subscriber must not kill the timer thread; the next arrival tries again.
            logger.LogError(ex, "Surveillance de dossier : le déclenchement d'une synchronisation a échoué");
        }
    }

    private void Restart()
    {
        lock (gate)
        {
            if (disposed || watcher is null)
            {
                return;
            }

            try
            {
                watcher.EnableRaisingEvents = false;
                watcher.EnableRaisingEvents = true;
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // The folder is gone for now (share down): the schedule keeps collecting once it is back.
                logger.LogWarning("Surveillance de dossier impossible à relancer pour l'instant ; la planification prend le relais");
            }
        }
    }
}

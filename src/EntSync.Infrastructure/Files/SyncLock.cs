using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace EntSync.Infrastructure.Files;

/// <summary>
/// One sync at a time (DESIGN.md §5b): an exclusive handle on a lock file in the data directory, held for the whole run.
/// The operating system releases the handle when the process dies, so a crash never leaves a lock that blocks. The file
/// itself stays: deleting it would let a waiter lock a file nobody else sees any more.
/// </summary>
internal sealed class SyncLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly FileStream stream;

    private SyncLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock, waiting up to <paramref name="wait"/> for the run holding it; null if it is still held.</summary>
    public static async Task<SyncLock?> TryAcquireAsync(string lockPath, TimeSpan wait, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockPath))!);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var taken = TryOpen(lockPath);
            if (taken is not null)
            {
                return taken;
            }

            var left = wait - waited.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                return null;
            }

            await Task.Delay(left < PollInterval ? left : PollInterval, cancellationToken);
        }
    }

    public void Dispose() => stream.Dispose();

    private static SyncLock? TryOpen(string lockPath)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (ex is not (DirectoryNotFoundException or PathTooLongException))
        {
            // Held by another run (a sharing violation on Windows, a held flock elsewhere).
            return null;
        }

        // Who holds it, for a person looking at the file after the fact.
        var holder = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"pid={Environment.ProcessId} depuis={DateTime.Now:yyyy-MM-ddTHH:mm:ss}\n"));
        try
        {
            stream.SetLength(0);
            stream.Write(holder);
            stream.Flush();
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        return new SyncLock(stream);
    }
}

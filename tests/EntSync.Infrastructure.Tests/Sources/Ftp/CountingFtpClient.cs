using EntSync.Infrastructure.Sources.Ftp;

namespace EntSync.Infrastructure.Tests.Sources.Ftp;

/// <summary>Counts the exchanges a source starts (to tell "retried" from "given up at once").</summary>
internal sealed class CountingFtpClient(IFtpClient inner) : IFtpClient
{
    private int calls;

    public int Calls => calls;

    public Task<IReadOnlyList<FtpEntry>> ListAsync(string folder, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return inner.ListAsync(folder, cancellationToken);
    }

    public Task DownloadAsync(string file, string localPath, long expectedSize, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return inner.DownloadAsync(file, localPath, expectedSize, cancellationToken);
    }

    public Task CreateFolderAsync(string folder, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return inner.CreateFolderAsync(folder, cancellationToken);
    }

    public Task RenameAsync(string file, string target, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return inner.RenameAsync(file, target, cancellationToken);
    }

    public Task DeleteAsync(string file, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return inner.DeleteAsync(file, cancellationToken);
    }
}

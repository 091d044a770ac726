namespace EntSync.Infrastructure.Sources.Remote;

/// <summary>
/// Local copies of remote files, so a file is transferred once although the collector reads it twice (hash, then
/// copy to the inbox). A copy is written under a temporary name and kept only when its size is the listed size: a
/// transfer cut in the middle leaves nothing behind, and the remote file stays where it is for the next run.
/// </summary>
internal sealed class RemoteDownloads
{
    private readonly string folder;

    /// <param name="folder">A private folder of the data directory (e.g. inbox/.telechargements); created when missing.</param>
    public RemoteDownloads(string folder)
    {
        this.folder = folder;
    }

    /// <summary>Opens the local copy of <paramref name="remotePath"/>, downloading it first when there is none yet.</summary>
    /// <param name="download">Writes the remote file to the local path it is given.</param>
    public async Task<Stream> OpenAsync(string remotePath, long expectedSize, Func<string, CancellationToken, Task> download, CancellationToken cancellationToken)
    {
        var local = LocalPath(remotePath);
        if (!File.Exists(local))
        {
            Directory.CreateDirectory(folder);
            var partial = local + ".partiel";
            try
            {
                await download(partial, cancellationToken);
                var size = new FileInfo(partial).Length;
                if (size != expectedSize)
                {
                    throw new IOException($"transfert incomplet : {size} octets reçus sur {expectedSize}");
                }

                File.Move(partial, local, overwrite: true);
            }
            finally
            {
                File.Delete(partial);
            }
        }

        return new FileStream(local, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
    }

    /// <summary>Forgets the local copy once the file is in the inbox (or given up for this run).</summary>
    public void Discard(string remotePath)
    {
        if (Directory.Exists(folder)) File.Delete(LocalPath(remotePath)); // File.Delete throws when the folder is missing
    }

    /// <summary>Removes every copy left by an earlier run (a crash between download and inbox).</summary>
    public void Clear()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    // A hash of the remote path: remote names may hold characters the local file system refuses.
    private string LocalPath(string remotePath) =>
        Path.Combine(folder, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(remotePath))));
}

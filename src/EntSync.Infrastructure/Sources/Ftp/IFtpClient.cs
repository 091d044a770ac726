namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// The few FTP operations a drop needs, so FtpWebRequest and the curl CLI can be swapped (and FluentFTP later, when the
/// feed has it). Paths are remote paths as the configuration writes them ("/depot/x.xml", or relative to the login
/// folder). Every failure is an <see cref="FtpException"/>.
/// </summary>
internal interface IFtpClient
{
    /// <summary>The entries of a folder (files and sub-folders), MLSD when the server has it, else LIST.</summary>
    Task<IReadOnlyList<FtpEntry>> ListAsync(string folder, CancellationToken cancellationToken);

    /// <summary>Writes the remote file to <paramref name="localPath"/> (created or overwritten).</summary>
    Task DownloadAsync(string file, string localPath, long expectedSize, CancellationToken cancellationToken);

    /// <summary>Creates a folder; one that already exists is not an error.</summary>
    Task CreateFolderAsync(string folder, CancellationToken cancellationToken);

    Task RenameAsync(string file, string target, CancellationToken cancellationToken);

    Task DeleteAsync(string file, CancellationToken cancellationToken);
}

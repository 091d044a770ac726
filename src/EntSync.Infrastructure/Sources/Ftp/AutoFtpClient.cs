using Microsoft.Extensions.Logging;

namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// <c>"client": "auto"</c>: FtpWebRequest while it can do the job, curl from the first sign it cannot — a server that
/// requires TLS session reuse on the data connection (522), or FTPS on a .NET whose FtpWebRequest cannot transfer
/// data over TLS. The switch is said once in the log and kept for the life of the source.
/// </summary>
/// <param name="dotnetUnusable">FTPS on a .NET whose FtpWebRequest cannot transfer over TLS: curl from the start.</param>
internal sealed class AutoFtpClient(IFtpClient dotnet, IFtpClient curl, bool dotnetUnusable, string sourceName, ILogger logger) : IFtpClient
{
    private bool useCurl;

    public bool UsesCurl => useCurl;

    public Task<IReadOnlyList<FtpEntry>> ListAsync(string folder, CancellationToken cancellationToken) =>
        RunAsync(client => client.ListAsync(folder, cancellationToken));

    public Task DownloadAsync(string file, string localPath, long expectedSize, CancellationToken cancellationToken) =>
        RunAsync(async client => { await client.DownloadAsync(file, localPath, expectedSize, cancellationToken); return true; });

    public Task CreateFolderAsync(string folder, CancellationToken cancellationToken) =>
        RunAsync(async client => { await client.CreateFolderAsync(folder, cancellationToken); return true; });

    public Task RenameAsync(string file, string target, CancellationToken cancellationToken) =>
        RunAsync(async client => { await client.RenameAsync(file, target, cancellationToken); return true; });

    public Task DeleteAsync(string file, CancellationToken cancellationToken) =>
        RunAsync(async client => { await client.DeleteAsync(file, cancellationToken); return true; });

    private async Task<T> RunAsync<T>(Func<IFtpClient, Task<T>> operation)
    {
        if (!useCurl && dotnetUnusable)
        {
            SwitchToCurl("FtpWebRequest ne transfère pas correctement en FTPS avec cette version de .NET");
        }

        if (useCurl) return await operation(curl);
        try
        {
            return await operation(dotnet);
        }
        catch (FtpException ex) when (ex.Failure is FtpFailure.SessionReuse or FtpFailure.ClientUnavailable)
        {
            SwitchToCurl(ex.Failure == FtpFailure.SessionReuse
                ? "le serveur exige la reprise de session TLS sur le canal de données (réponse 522)"
                : ex.Message);
            return await operation(curl);
        }
    }

    private void SwitchToCurl(string reason)
    {
        useCurl = true;
        logger.LogInformation("Source {Source} : {Reason} ; le client curl est utilisé", sourceName, reason);
    }
}

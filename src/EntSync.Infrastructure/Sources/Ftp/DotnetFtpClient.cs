using System.Net;
using System.Security.Authentication;

namespace EntSync.Infrastructure.Sources.Ftp;

#pragma warning disable SYSLIB0014 // FtpWebRequest is obsolete but is the only FTP client in the framework (DEPENDENCIES.md §3.2).

/// <summary>
/// FTP through FtpWebRequest: in-process, passive mode, one connection per request (KeepAlive off). Two known limits:
/// it cannot reuse the TLS session on the data connection (servers that require it answer 522; <see cref="AutoFtpClient"/>
/// then switches to curl), and since .NET 10 its FTPS data channel is broken (dotnet/runtime#123135 and #134130: the
/// listing arrives still encrypted, downloads hang), so FTPS listings and downloads are refused here rather than
/// misread. Plain FTP and FTPS commands without data (MKD, RNFR/RNTO, DELE) work.
/// </summary>
internal sealed class DotnetFtpClient(FtpEndpoint endpoint, bool allowBrokenTlsData = false) : IFtpClient
{
    private static readonly TimeSpan WatchdogGrace = TimeSpan.FromSeconds(15);

    /// <summary>FtpWebRequest's FTPS data transfers are broken from .NET 10 on (no fix released when this was written).</summary>
    public static bool TlsDataChannelBroken => Environment.Version.Major >= 10;

    public async Task<IReadOnlyList<FtpEntry>> ListAsync(string folder, CancellationToken cancellationToken)
    {
        EnsureDataChannel();
        var text = await RunAsync(FtpPaths.Url(endpoint, folder, folder: true), WebRequestMethods.Ftp.ListDirectoryDetails, null, endpoint.Timeout,
            response =>
            {
                using var reader = new StreamReader(response.GetResponseStream(), System.Text.Encoding.UTF8);
                return reader.ReadToEnd();
            }, cancellationToken);
        return FtpListingParser.ParseList(text, out _);
    }

    public Task DownloadAsync(string file, string localPath, long expectedSize, CancellationToken cancellationToken)
    {
        EnsureDataChannel();
        return RunAsync(FtpPaths.Url(endpoint, file, folder: false), WebRequestMethods.Ftp.DownloadFile, null, TransferTimeout(endpoint, expectedSize),
            response =>
            {
                using var remote = response.GetResponseStream();
                using var local = new FileStream(localPath, FileMode.Create, FileAccess.Write, FileShare.None);
                remote.CopyTo(local);
                return true;
            }, cancellationToken);
    }

    public async Task CreateFolderAsync(string folder, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(FtpPaths.Url(endpoint, folder, folder: false), WebRequestMethods.Ftp.MakeDirectory, null, endpoint.Timeout, _ => true, cancellationToken);
        }
        catch (FtpException ex) when (ex.Reply == 550)
        {
            // Already there (or not allowed: the rename that follows says so).
        }
    }

    public Task RenameAsync(string file, string target, CancellationToken cancellationToken) =>
        RunAsync(FtpPaths.Url(endpoint, file, folder: false), WebRequestMethods.Ftp.Rename, request => request.RenameTo = target, endpoint.Timeout,
            _ => true, cancellationToken);

    public Task DeleteAsync(string file, CancellationToken cancellationToken) =>
        RunAsync(FtpPaths.Url(endpoint, file, folder: false), WebRequestMethods.Ftp.DeleteFile, null, endpoint.Timeout, _ => true, cancellationToken);

    /// <summary>Seconds for a transfer: the exchange delay plus the time at a slow 100 kB/s.</summary>
    internal static TimeSpan TransferTimeout(FtpEndpoint endpoint, long size) => endpoint.Timeout + TimeSpan.FromSeconds(size / 100_000.0);

    private void EnsureDataChannel()
    {
        if (endpoint.Tls && TlsDataChannelBroken && !allowBrokenTlsData)
        {
            throw new FtpException(FtpFailure.ClientUnavailable, $"FtpWebRequest ne sait pas transférer de données en FTPS avec .NET {Environment.Version}");
        }
    }

    private async Task<T> RunAsync<T>(string url, string method, Action<FtpWebRequest>? configure, TimeSpan timeout, Func<FtpWebResponse, T> read,
        CancellationToken cancellationToken)
    {
        var request = (FtpWebRequest)WebRequest.Create(url);
        request.Method = method;
        request.Credentials = new NetworkCredential(endpoint.User, endpoint.Password);
        request.EnableSsl = endpoint.Tls;
        request.UsePassive = true;
        request.UseBinary = true;
        request.KeepAlive = false;
        request.Proxy = null;
        request.Timeout = (int)Math.Min(int.MaxValue, endpoint.Timeout.TotalMilliseconds);
        request.ReadWriteTimeout = request.Timeout;
        configure?.Invoke(request);

        FtpTrust.Scope? trust = null;
        var work = Task.Run(() =>
        {
            // Inside the task: the async-local scope must be the one this request's TLS handshakes see.
            trust = endpoint.Tls ? FtpTrust.Enter(endpoint.CaFile) : null;
            using (trust)
            {
                using var response = (FtpWebResponse)request.GetResponse();
                return read(response);
            }
        }, CancellationToken.None);

        try
        {
            // FtpWebRequest's own timeouts do not cover every wait (DEPENDENCIES.md §3.2 saw a hang of minutes): a watchdog aborts it.
            return await work.WaitAsync(timeout + WatchdogGrace, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            request.Abort();
            _ = work.ContinueWith(t => t.Exception, TaskScheduler.Default);
            cancellationToken.ThrowIfCancellationRequested();
            throw new FtpException(FtpFailure.Transient, "délai dépassé", inner: ex);
        }
        catch (WebException ex)
        {
            throw Translate(ex, trust?.Rejection);
        }
        catch (AuthenticationException ex)
        {
            throw new FtpException(FtpFailure.Certificate, trust?.Rejection ?? "certificat du serveur refusé", inner: ex);
        }
        catch (IOException ex)
        {
            throw new FtpException(FtpFailure.Transient, "connexion interrompue pendant le transfert", inner: ex);
        }
    }

    private static FtpException Translate(WebException ex, string? rejection)
    {
        // A preliminary reply (150 "opening data connection") is where a transfer cut in the middle leaves the response.
        if (ex.Response is FtpWebResponse response && (int)response.StatusCode >= 400)
        {
            return FtpException.ForReply((int)response.StatusCode, ex);
        }

        if (rejection is not null || ex.Status == WebExceptionStatus.TrustFailure || ex.InnerException is AuthenticationException)
        {
            return new FtpException(FtpFailure.Certificate, rejection ?? "certificat du serveur refusé", inner: ex);
        }

        return ex.Status switch
        {
            WebExceptionStatus.ConnectFailure => new FtpException(FtpFailure.Transient, "connexion refusée ou serveur injoignable", inner: ex),
            WebExceptionStatus.NameResolutionFailure => new FtpException(FtpFailure.Transient, "nom de serveur introuvable (DNS)", inner: ex),
            WebExceptionStatus.Timeout => new FtpException(FtpFailure.Transient, "délai dépassé", inner: ex),
            _ => new FtpException(FtpFailure.Transient, "connexion interrompue", inner: ex),
        };
    }
}

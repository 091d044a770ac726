using System.ComponentModel;
using System.Globalization;
using EntSync.Infrastructure.Processes;

namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// FTP through the curl command-line program (DEPENDENCIES.md §3.2): it reuses the TLS session on the data connection,
/// which strict servers (vsftpd's default, FileZilla Server, ProFTPD) require and FtpWebRequest cannot do. The password
/// goes in a config on standard input (<c>-K -</c>); every run has curl's own timeouts and the runner's, which kills
/// curl and its children. <c>-q</c> first: no ~/.curlrc; <c>-g</c>: brackets in names are not URL globs.
/// Operations without a transfer (MKD, RNFR/RNTO, DELE) are quote commands on a header-only request (<c>-I</c>).
/// </summary>
internal sealed class CurlFtpClient(FtpEndpoint endpoint, IProcessRunner runner, string program = "curl") : IFtpClient
{
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(10);
    private bool mlsdUnsupported;

    public async Task<IReadOnlyList<FtpEntry>> ListAsync(string folder, CancellationToken cancellationToken)
    {
        var url = FtpPaths.Url(endpoint, folder, folder: true);
        if (!mlsdUnsupported)
        {
            var mlsd = await RunAsync(["-X", "MLSD", url], endpoint.Timeout, cancellationToken);
            if (mlsd.Succeeded) return FtpListingParser.ParseMlsd(mlsd.StandardOutput, out _);
            var error = CurlErrors.Translate(mlsd);
            if (error is not { Reply: 500 or 501 or 502 or 504 }) throw error;
            mlsdUnsupported = true;
        }

        var list = await RunAsync([url], endpoint.Timeout, cancellationToken);
        if (!list.Succeeded) throw CurlErrors.Translate(list);
        return FtpListingParser.ParseList(list.StandardOutput, out _);
    }

    public async Task DownloadAsync(string file, string localPath, long expectedSize, CancellationToken cancellationToken)
    {
        var timeout = DotnetFtpClient.TransferTimeout(endpoint, expectedSize);
        // A stalled transfer (under 1 byte/s for the exchange delay) stops before the overall limit.
        var result = await RunAsync(
            ["--speed-limit", "1", "--speed-time", Seconds(endpoint.Timeout), "-o", localPath, FtpPaths.Url(endpoint, file, folder: false)],
            timeout, cancellationToken);
        if (!result.Succeeded) throw CurlErrors.Translate(result);
    }

    public Task CreateFolderAsync(string folder, CancellationToken cancellationToken) =>
        QuoteAsync([$"*MKD {folder}"], cancellationToken); // '*': a failure (already there) does not stop curl.

    public Task RenameAsync(string file, string target, CancellationToken cancellationToken) =>
        QuoteAsync([$"RNFR {file}", $"RNTO {target}"], cancellationToken);

    public Task DeleteAsync(string file, CancellationToken cancellationToken) => QuoteAsync([$"DELE {file}"], cancellationToken);

    /// <summary>The arguments of one run, without the credentials (public for the tests that check exactly that).</summary>
    internal IReadOnlyList<string> Arguments(IEnumerable<string> operation, TimeSpan timeout)
    {
        var arguments = new List<string>
        {
            "-q", "-sS", "-g", "--noproxy", "*", "-K", "-",
            "--connect-timeout", Seconds(endpoint.Timeout), "--max-time", Seconds(timeout),
        };
        if (endpoint.Tls)
        {
            arguments.AddRange(["--ssl-reqd", "--tlsv1.2"]);
            if (endpoint.CaFile is { } ca) arguments.AddRange(["--cacert", ca]);
        }

        arguments.AddRange(operation);
        return arguments;
    }

    private async Task QuoteAsync(IReadOnlyList<string> commands, CancellationToken cancellationToken)
    {
        var operation = commands.SelectMany(c => new[] { "-Q", c }).Append("-I").Append(FtpPaths.Url(endpoint, "", folder: true));
        var result = await RunAsync(operation, endpoint.Timeout, cancellationToken);
        if (!result.Succeeded) throw CurlErrors.Translate(result);
    }

    private async Task<ProcessResult> RunAsync(IEnumerable<string> operation, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var request = new ProcessRequest(program, Arguments(operation, timeout), timeout + KillGrace)
        {
            StandardInput = CurlConfig.Credentials(endpoint.User, endpoint.Password),
        };
        try
        {
            return await runner.RunAsync(request, cancellationToken);
        }
        catch (Win32Exception ex)
        {
            throw new FtpException(FtpFailure.ClientUnavailable, "programme curl introuvable", inner: ex);
        }
    }

    private static string Seconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}

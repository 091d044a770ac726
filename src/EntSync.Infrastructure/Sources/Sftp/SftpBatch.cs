using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Processes;

namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// Runs OpenSSH's <c>sftp</c> in batch mode (DEPENDENCIES.md §3.3): commands on standard input, key authentication
/// only, no agent, no configuration file, strict checking against the pinned known_hosts, a timeout after which sftp
/// is killed with its children. Each call is one connection (about 200 ms on a LAN), so callers group commands.
/// </summary>
internal sealed partial class SftpBatch(SftpEndpoint endpoint, IProcessRunner runner, string program = "sftp")
{
    public SftpEndpoint Endpoint => endpoint;

    /// <summary>
    /// Runs the commands. A command refused by the server gives a result with <see cref="SftpBatchResult.FailedCommand"/>;
    /// a connection that fails or breaks throws <see cref="DropSourceException"/> (transient or configuration).
    /// </summary>
    public async Task<SftpBatchResult> RunAsync(IReadOnlyList<string> commands, CancellationToken cancellationToken)
    {
        var request = new ProcessRequest(program, Arguments(), endpoint.Timeout)
        {
            StandardInput = string.Join("\n", commands) + "\n",
            Environment = Environment(),
        };

        ProcessResult result;
        try
        {
            result = await runner.RunAsync(request, cancellationToken);
        }
        catch (Win32Exception)
        {
            throw SftpFailures.ProgramMissing(program);
        }

        if (result.TimedOut) throw SftpFailures.TimedOut(endpoint);
        if (result.ExitCode == 0) return new SftpBatchResult(result.StandardOutput, null, result.StandardError);
        if (result.ExitCode == 1 && !SftpFailures.LostConnection(result.StandardError))
        {
            return new SftpBatchResult(result.StandardOutput, Math.Max(0, SftpBatchResult.LastEchoed(result.StandardOutput)), result.StandardError);
        }

        if (SftpFailures.IsHostKeyFailure(result.StandardError))
        {
            throw SftpFailures.HostKey(endpoint, result.StandardError, await PresentedFingerprintsAsync(result.StandardError, cancellationToken));
        }

        throw SftpFailures.Connection(endpoint, result.StandardError);
    }

    public IReadOnlyList<string> Arguments()
    {
        var knownHosts = endpoint.KnownHostsFile.Contains(' ') ? $"\"{endpoint.KnownHostsFile}\"" : endpoint.KnownHostsFile;
        var seconds = Math.Max(1, (int)endpoint.Timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return
        [
            "-b", "-",
            "-F", "none",
            "-P", endpoint.EffectivePort.ToString(CultureInfo.InvariantCulture),
            "-i", endpoint.PrivateKey,
            "-o", "IdentitiesOnly=yes",
            "-o", "IdentityAgent=none",
            "-o", "BatchMode=yes",
            "-o", "PasswordAuthentication=no",
            "-o", "KbdInteractiveAuthentication=no",
            "-o", "StrictHostKeyChecking=yes",
            "-o", "UpdateHostKeys=no",
            "-o", $"UserKnownHostsFile={knownHosts}",
            "-o", "GlobalKnownHostsFile=none",
            "-o", $"ConnectTimeout={seconds}",
            "-o", "ServerAliveInterval=15",
            "-o", "ServerAliveCountMax=3",
            "-o", "LogLevel=ERROR",
            "-o", $"User={endpoint.User}",
            endpoint.Host.Contains(':') ? $"[{endpoint.Host}]" : endpoint.Host,
        ];
    }

    // sftp prints names through the locale: outside a UTF-8 one, "é" comes back as "\303\251" and no longer matches.
    private static Dictionary<string, string?> Environment() =>
        OperatingSystem.IsWindows()
            ? new() { ["SSH_AUTH_SOCK"] = null }
            : new() { ["LC_ALL"] = "C.UTF-8", ["SSH_AUTH_SOCK"] = null, ["SSH_ASKPASS"] = null, ["DISPLAY"] = null };

    /// <summary>ssh names the fingerprint only for a changed key; for an unknown one, ask the server (a scan, trusted for nothing).</summary>
    private async Task<IReadOnlyList<string>> PresentedFingerprintsAsync(string stderr, CancellationToken cancellationToken)
    {
        var named = Fingerprint().Matches(stderr).Select(m => m.Value).Distinct().ToList();
        if (named.Count > 0) return named;
        try
        {
            var keys = await new HostKeyScanner(runner).ScanAsync(endpoint.Host, endpoint.EffectivePort, TimeSpan.FromSeconds(5), cancellationToken);
            return keys.Select(k => $"{k.Fingerprint} ({k.KeyType})").ToList();
        }
        catch (Win32Exception)
        {
            return [];
        }
    }

    [GeneratedRegex(@"SHA256:[A-Za-z0-9+/]{43}")]
    private static partial Regex Fingerprint();
}

using System.ComponentModel;
using System.Globalization;
using EntSync.Infrastructure.Processes;

namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// Asks a server for its public host keys with <c>ssh-keyscan</c>. What it returns is NOT trusted by itself: a person
/// compares the fingerprints with the ones the server's administrator gives (<c>entsync sftp trust</c>), and a failing
/// connection uses it only to name the fingerprint the server now presents.
/// </summary>
internal sealed class HostKeyScanner(IProcessRunner runner, string program = "ssh-keyscan")
{
    /// <summary>The keys the server presents (empty when it could not be reached); every key type it offers.</summary>
    /// <exception cref="Win32Exception">ssh-keyscan is not installed.</exception>
    public async Task<IReadOnlyList<HostKeyLine>> ScanAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)timeout.TotalSeconds);
        string[] arguments = ["-p", port.ToString(CultureInfo.InvariantCulture), "-T", seconds.ToString(CultureInfo.InvariantCulture), "--", host];
        // ssh-keyscan tries each key type in turn: give the process room for all of them.
        var result = await runner.RunAsync(new ProcessRequest(program, arguments, timeout * 4), cancellationToken);
        return result.StandardOutput.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(HostKeyLine.TryParse)
            .OfType<HostKeyLine>()
            .DistinctBy(key => key.KeyBase64)
            .OrderBy(key => key.KeyType == "ssh-ed25519" ? 0 : 1)
            .ThenBy(key => key.KeyType, StringComparer.Ordinal)
            .ToList();
    }
}

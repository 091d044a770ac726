using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Sources.Ftp;

/// <summary>
/// A vsftpd of our own for a test that stops the server: a copy of the lenient instance's config on a free port (same
/// account and depot), optionally throttled so a transfer can be cut in the middle. Killed at the end.
/// </summary>
internal sealed class ThrowawayVsftpd : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("entsync-vsftpd-").FullName;
    private readonly int firstPassivePort;
    private readonly int? maxRate;
    private Process? process;

    /// <param name="firstPassivePort">Ten passive ports from here, distinct per test (40100+: outside the module's range).</param>
    public ThrowawayVsftpd(int firstPassivePort, int? maxRate = null)
    {
        this.firstPassivePort = firstPassivePort;
        this.maxRate = maxRate;
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    public void Start()
    {
        var config = File.ReadAllLines(TestServers.Get("FTP_CONF_LENIENT"))
            .Where(l => !l.StartsWith("listen_port=", StringComparison.Ordinal) && !l.StartsWith("pasv_m", StringComparison.Ordinal)
                        && !l.StartsWith("vsftpd_log_file=", StringComparison.Ordinal))
            .Concat([$"listen_port={Port}", $"pasv_min_port={firstPassivePort}", $"pasv_max_port={firstPassivePort + 9}",
                $"vsftpd_log_file={Path.Combine(folder, "vsftpd.log")}"])
            .Concat(maxRate is { } rate ? [$"local_max_rate={rate}"] : []);
        var file = Path.Combine(folder, "vsftpd.conf");
        File.WriteAllLines(file, config);
        process = Process.Start(new ProcessStartInfo(TestServers.Get("VSFTPD_BIN"), file) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        WaitUntil(listening: true);
    }

    /// <summary>Kills the listener and every session process it forked (vsftpd keeps one per connection).</summary>
    public void Kill()
    {
        if (process is null) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        process = null;
        WaitUntil(listening: false);
    }

    public void Dispose()
    {
        Kill();
        Directory.Delete(folder, recursive: true);
    }

    private void WaitUntil(bool listening)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                if (listening) return;
            }
            catch (SocketException)
            {
                if (!listening) return;
            }

            Thread.Sleep(50);
        }

        throw new InvalidOperationException($"vsftpd jetable : le port {Port} n'a pas changé d'état");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

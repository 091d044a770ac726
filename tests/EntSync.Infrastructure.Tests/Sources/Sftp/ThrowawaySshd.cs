using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EntSync.Infrastructure.Tests.Support;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Sources.Sftp;

/// <summary>
/// A second sshd, the test module's configuration on a free port, that a test may stop and start again (stopping the
/// shared one would break the tests running in parallel). Same host key, user and drop as the module's. Needs root,
/// like the module.
/// </summary>
internal sealed class ThrowawaySshd : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly string config;
    private Process? process;

    public ThrowawaySshd()
    {
        Port = FreePort();
        config = folder.Combine("sshd_config");
        var lines = File.ReadAllLines(TestServers.Get("SSHD_CONFIG")).Select(line =>
            line.StartsWith("Port ", StringComparison.Ordinal) ? $"Port {Port}"
            : line.StartsWith("PidFile ", StringComparison.Ordinal) ? $"PidFile {folder.Combine("sshd.pid")}"
            : line);
        File.WriteAllLines(config, lines);
        Start();
    }

    public int Port { get; }

    public void Start()
    {
        // -D: stays in the foreground, so this process is the listener and killing its tree stops every session.
        var info = new ProcessStartInfo("/usr/sbin/sshd") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { "-D", "-f", config, "-E", folder.Combine("sshd.log") }) info.ArgumentList.Add(argument);
        process = Process.Start(info)!;
        for (var i = 0; i < 100 && !Accepts(); i++)
        {
            if (process.HasExited) break;
            Thread.Sleep(100);
        }

        if (!Accepts())
        {
            var log = File.Exists(folder.Combine("sshd.log")) ? File.ReadAllText(folder.Combine("sshd.log")) : "";
            throw new InvalidOperationException($"Le sshd jetable ne répond pas sur le port {Port} (lancé en root ?) : {log}");
        }
    }

    public void Stop()
    {
        if (process is null) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        process = null;
    }

    public void Dispose()
    {
        Stop();
        folder.Dispose();
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

using System.Net;
using System.Net.Sockets;

namespace EntSync.Infrastructure.Tests.Sources.Sftp;

/// <summary>
/// A TCP relay on 127.0.0.1 to a server port that cuts each connection once it has relayed <c>cutAfter</c> bytes from
/// the server: a transfer broken in the middle, at a point the test chooses rather than at a moment it hopes for.
/// </summary>
internal sealed class TcpCutProxy : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly int targetPort;
    private readonly long cutAfter;
    private int cuts;

    public TcpCutProxy(int targetPort, long cutAfter)
    {
        this.targetPort = targetPort;
        this.cutAfter = cutAfter;
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>How many connections were cut so far.</summary>
    public int Cuts => Volatile.Read(ref cuts);

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        try
        {
            using (client)
            using (var server = new TcpClient())
            using (var connection = CancellationTokenSource.CreateLinkedTokenSource(stop.Token))
            {
                await server.ConnectAsync(IPAddress.Loopback, targetPort, connection.Token);
                var up = PumpAsync(client.GetStream(), server.GetStream(), long.MaxValue, connection.Token);
                var down = PumpAsync(server.GetStream(), client.GetStream(), cutAfter, connection.Token);
                var first = await Task.WhenAny(up, down);
                if (first == down && await down) Interlocked.Increment(ref cuts);
                await connection.CancelAsync();
                // An abortive close (RST), like a network failure rather than a polite goodbye.
                client.Client.LingerState = new LingerOption(true, 0);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client or the server went away: the relay ends with it.
        }
    }

    /// <returns>True when it stopped because the limit was reached.</returns>
    private static async Task<bool> PumpAsync(NetworkStream from, NetworkStream to, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        long relayed = 0;
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
            {
                var allowed = (int)Math.Min(read, limit - relayed);
                await to.WriteAsync(buffer.AsMemory(0, allowed), cancellationToken);
                relayed += allowed;
                if (relayed >= limit) return true;
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }

        return false;
    }
}

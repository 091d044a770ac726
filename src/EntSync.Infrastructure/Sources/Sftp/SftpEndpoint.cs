namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// Where and how one sftp source connects. <see cref="KnownHostsFile"/> is the pinned host key file ssh reads (never
/// written by ssh); <see cref="Timeout"/> bounds each sftp invocation (it is then killed with its children).
/// </summary>
internal sealed record SftpEndpoint(string Host, int Port, string User, string PrivateKey, string KnownHostsFile, TimeSpan Timeout)
{
    public int EffectivePort => Port == 0 ? 22 : Port;

    /// <summary>host, or host:port when the port is not 22 (the form <c>entsync sftp trust</c> takes).</summary>
    public string Display => Address(Host, EffectivePort);

    public static string Address(string host, int port)
    {
        var shown = host.Contains(':') ? $"[{host}]" : host;
        return port == 22 ? shown : $"{shown}:{port}";
    }
}

using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Remote;
using Microsoft.Extensions.Logging;

namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>Builds an sftp source from its validated configuration.</summary>
internal static class SftpSources
{
    /// <param name="workFolder">The source's private folder of the data directory: local copies inside, pinned key beside.</param>
    /// <param name="retry">Tests pass a fast one; the default waits 2 s then 4 s on <paramref name="time"/>.</param>
    public static SftpSource Create(SourceOptions options, string workFolder, IProcessRunner processes, TimeProvider time, ILogger<SftpSource>? logger = null,
        TransientRetry? retry = null)
    {
        var host = options.Hote.Trim();
        var port = options.Port == 0 ? 22 : options.Port;
        var knownHosts = SftpKnownHosts.Prepare(options.CleHote, host, port, workFolder + ".known_hosts");
        var endpoint = new SftpEndpoint(host, port, options.Utilisateur.Trim(), options.ClePrivee, knownHosts, TimeSpan.FromSeconds(options.DelaiSecondes));
        return new SftpSource(options, new SftpBatch(endpoint, processes), new RemoteDownloads(workFolder), time, logger, retry);
    }
}

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
        var endpoint = SftpConnection.Of(options).Endpoint(workFolder + ".known_hosts");
        return new SftpSource(options, new SftpBatch(endpoint, processes), new RemoteDownloads(workFolder), time, logger, retry);
    }
}

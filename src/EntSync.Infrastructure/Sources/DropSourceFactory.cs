using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Ftp;
using EntSync.Infrastructure.Sources.LocalFolder;
using EntSync.Infrastructure.Sources.Sftp;
using Microsoft.Extensions.Logging;

namespace EntSync.Infrastructure.Sources;

/// <summary>
/// Builds the configured sources, one line per type. Remote sources get a private work folder of the data directory,
/// <c>inbox/.telechargements/&lt;source&gt;</c>, for their local copies (the inbox itself only lists its top-level files).
/// </summary>
internal sealed class DropSourceFactory(DataDirectory data, IProcessRunner processes, TimeProvider time, ILoggerFactory loggers)
{
    public const string DownloadsFolderName = ".telechargements";

    public IReadOnlyList<IDropSource> Create(IEnumerable<SourceOptions> sources) => sources.Select(Create).ToList();

    public IDropSource Create(SourceOptions source) => source.Type switch
    {
        "dossier" => new LocalFolderSource(source, source.Chemin, time, loggers.CreateLogger<LocalFolderSource>()),
        "sftp" => SftpSources.Create(source, WorkFolder(source), processes, time, loggers.CreateLogger<SftpSource>()),
        "ftp" => FtpSource.Create(source, WorkFolder(source), processes, time, loggers),
        _ => throw new ArgumentException($"Type de source inconnu « {source.Type} » (source « {source.Nom} »).", nameof(source)),
    };

    public string WorkFolder(SourceOptions source) => Path.Combine(data.Inbox, DownloadsFolderName, SafeFileName.Sanitize(source.Nom));
}

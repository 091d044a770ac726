using System.Runtime.CompilerServices;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Infrastructure.Sources.LocalFolder;

/// <summary>
/// A drop folder on a local disk or a mounted share (type "dossier"). Only the top folder is read; the source's own
/// <c>traites/</c> and any other sub-folder are left alone.
/// </summary>
internal sealed class LocalFolderSource : IDropSource
{
    public const string ProcessedFolderName = "traites";

    private readonly string folder;
    private readonly string pattern;
    private readonly AfterProcessing afterProcessing;
    private readonly TimeSpan stabilityDelay;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    /// <param name="options">The source's configuration (name, pattern, apresTraitement, stability delay).</param>
    /// <param name="resolvedPath">Its folder, already resolved against the configuration file's folder.</param>
    /// <param name="time">The clock the stability delay waits on (tests pass one they control).</param>
    public LocalFolderSource(SourceOptions options, string resolvedPath, TimeProvider? time = null, ILogger<LocalFolderSource>? logger = null)
    {
        Name = options.Nom;
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(resolvedPath));
        pattern = string.IsNullOrWhiteSpace(options.Motif) ? "*" : options.Motif.Trim();
        afterProcessing = AfterProcessingParser.Parse(options.ApresTraitement);
        stabilityDelay = TimeSpan.FromSeconds(Math.Max(0, options.StabiliteSecondes));
        this.time = time ?? TimeProvider.System;
        this.logger = logger ?? NullLogger<LocalFolderSource>.Instance;
    }

    public string Name { get; }

    public string Folder => folder;

    public string Pattern => pattern;

    public async IAsyncEnumerable<DropFile> ListReadyAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var first = Look();
        if (first.Count == 0)
        {
            yield break;
        }

        if (stabilityDelay > TimeSpan.Zero)
        {
            await Task.Delay(stabilityDelay, time, cancellationToken);
        }

        var second = Look();
        var waiting = 0;
        foreach (var (name, seen) in first.OrderBy(pair => pair.Value.LastWriteUtc).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!second.TryGetValue(name, out var again) || again != seen || !IsReadable(seen.Path))
            {
                waiting++;
                continue;
            }

            yield return new DropFile(Name, name, seen.Path, seen.Size, seen.LastWriteUtc);
        }

        if (waiting > 0)
        {
            logger.LogInformation("Source {Source} : {Count} fichier(s) encore en cours de copie, pris au prochain passage", Name, waiting);
        }
    }

    public Task<Stream> OpenReadAsync(DropFile file, CancellationToken cancellationToken)
    {
        var path = OwnPath(file);
        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81_920, FileOptions.Asynchronous));
    }

    public Task CompleteAsync(DropFile file, DropOutcome outcome, CancellationToken cancellationToken)
    {
        var path = OwnPath(file);
        if (afterProcessing == AfterProcessing.Conserver)
        {
            return Task.CompletedTask;
        }

        var current = new FileInfo(path);
        if (!current.Exists)
        {
            // Already handled by a run that stopped before recording it, or removed by someone.
            logger.LogInformation("Source {Source} : fichier déjà retiré du dépôt", Name);
            return Task.CompletedTask;
        }

        if (current.Length != file.Size || current.LastWriteTimeUtc != file.LastWriteUtc)
        {
            // A new file under the same name since it was taken: it is another export, leave it for the next run.
            logger.LogWarning("Source {Source} : fichier remplacé depuis sa collecte, laissé en place", Name);
            return Task.CompletedTask;
        }

        if (afterProcessing == AfterProcessing.Supprimer)
        {
            File.Delete(path);
        }
        else
        {
            var stamp = time.GetLocalNow().DateTime;
            AtomicFiles.MoveNoOverwrite(path, Path.Combine(folder, ProcessedFolderName), FileStore.StampedName(file.Name, stamp));
        }

        logger.LogDebug("Source {Source} : fichier {Outcome} traité ({AfterProcessing})", Name, outcome, afterProcessing);
        return Task.CompletedTask;
    }

    private Dictionary<string, Seen> Look()
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                $"Le dossier de la source « {Name} » est introuvable ou inaccessible : {folder}. Vérifiez le chemin et, pour un partage, qu'il est monté.");
        }

        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var seen = new Dictionary<string, Seen>(StringComparer.Ordinal);
        foreach (var info in new DirectoryInfo(folder).EnumerateFiles("*", options))
        {
            if (DropFileNames.IsCandidate(info.Name, pattern))
            {
                seen[info.Name] = new Seen(info.FullName, info.Length, info.LastWriteTimeUtc);
            }
        }

        return seen;
    }

    /// <summary>
    /// A copier still holding the file for writing makes the open fail (a sharing violation on Windows, a lock
    /// elsewhere). A file refused for lack of rights is stable: it is listed so that opening it fails loudly.
    /// </summary>
    private static bool IsReadable(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private string OwnPath(DropFile file)
    {
        var path = Path.GetFullPath(file.Location);
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (file.Source != Name || !string.Equals(Path.TrimEndingDirectorySeparator(Path.GetDirectoryName(path) ?? ""), folder, comparison))
        {
            throw new ArgumentException($"Ce fichier n'appartient pas à la source « {Name} ».", nameof(file));
        }

        return path;
    }

    private readonly record struct Seen(string Path, long Size, DateTime LastWriteUtc);
}

using System.Globalization;
using System.Runtime.CompilerServices;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Sources.LocalFolder;
using EntSync.Infrastructure.Sources.Remote;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// A drop folder on an SFTP server (type "sftp"), read through OpenSSH's sftp client in batch mode. Same guarantees as
/// <see cref="LocalFolderSource"/>: only the top folder; a file is ready when its size and listed time did not change
/// across two listings; it is downloaded once to a local copy (the collector reads it twice); it is moved or deleted
/// on the server only after its copy is safe, and only if it is still the file that was taken.
/// </summary>
internal sealed class SftpSource : IDropSource
{
    private const int MoveCandidates = 5;

    private readonly SftpBatch batch;
    private readonly RemoteDownloads downloads;
    private readonly TransientRetry retry;
    private readonly string folder;
    private readonly string pattern;
    private readonly AfterProcessing afterProcessing;
    private readonly TimeSpan stabilityDelay;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    /// <param name="options">The source's configuration (name, remote folder in chemin, pattern, apresTraitement, stability delay).</param>
    /// <param name="batch">The sftp client bound to the source's server, account, key and pinned host key.</param>
    /// <param name="downloads">The source's private folder of local copies (emptied at the start of each listing).</param>
    /// <param name="retry">Retries of transient failures; the default waits 2 s then 4 s.</param>
    public SftpSource(SourceOptions options, SftpBatch batch, RemoteDownloads downloads, TimeProvider? time = null, ILogger<SftpSource>? logger = null, TransientRetry? retry = null)
    {
        Name = options.Nom;
        this.batch = batch;
        this.downloads = downloads;
        this.time = time ?? TimeProvider.System;
        this.retry = retry ?? TransientRetry.Default(this.time);
        this.logger = logger ?? NullLogger<SftpSource>.Instance;
        var trimmed = options.Chemin.Trim();
        folder = trimmed.Length > 1 ? trimmed.TrimEnd('/') : trimmed;
        pattern = string.IsNullOrWhiteSpace(options.Motif) ? "*" : options.Motif.Trim();
        afterProcessing = AfterProcessingParser.Parse(options.ApresTraitement);
        stabilityDelay = TimeSpan.FromSeconds(Math.Max(0, options.StabiliteSecondes));
    }

    public string Name { get; }

    public async IAsyncEnumerable<DropFile> ListReadyAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Copies left by a run that stopped between download and inbox are stale: this run downloads again.
        downloads.Clear();
        var first = await LookAsync(cancellationToken);
        if (first.Count == 0) yield break;
        if (stabilityDelay > TimeSpan.Zero) await Task.Delay(stabilityDelay, time, cancellationToken);

        var second = await LookAsync(cancellationToken);
        var waiting = 0;
        foreach (var seen in first.Values.OrderBy(e => e.LastWriteUtc).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            if (!second.TryGetValue(seen.Name, out var again) || again != seen)
            {
                waiting++;
                continue;
            }

            yield return new DropFile(Name, seen.Name, Location(seen.Name), seen.Size, seen.LastWriteUtc);
        }

        if (waiting > 0) logger.LogInformation("Source {Source} : {Count} fichier(s) encore en cours de dépôt, pris au prochain passage", Name, waiting);
    }

    public async Task<Stream> OpenReadAsync(DropFile file, CancellationToken cancellationToken)
    {
        var name = OwnName(file);
        return await retry.RunAsync(
            token => downloads.OpenAsync(file.Location, file.Size, (local, ct) => DownloadAsync(name, local, ct), token),
            IsTransient, cancellationToken);
    }

    public async Task CompleteAsync(DropFile file, DropOutcome outcome, CancellationToken cancellationToken)
    {
        var name = OwnName(file);
        try
        {
            if (afterProcessing == AfterProcessing.Conserver) return;
            var current = await StatAsync(name, cancellationToken);
            if (current is null)
            {
                logger.LogInformation("Source {Source} : fichier déjà retiré du dépôt", Name);
                return;
            }

            if (current.Size != file.Size || current.LastWriteUtc != file.LastWriteUtc)
            {
                logger.LogWarning("Source {Source} : fichier remplacé depuis sa collecte, laissé en place", Name);
                return;
            }

            if (afterProcessing == AfterProcessing.Supprimer)
            {
                var removed = await RunAsync([SftpCommands.Cd(folder), SftpCommands.Remove(name)], cancellationToken);
                if (!removed.Succeeded) throw CommandFailure(removed);
            }
            else
            {
                await MoveToProcessedAsync(name, cancellationToken);
            }

            logger.LogDebug("Source {Source} : fichier {Outcome} traité ({AfterProcessing})", Name, outcome, afterProcessing);
        }
        finally
        {
            downloads.Discard(file.Location);
        }
    }

    private async Task<Dictionary<string, SftpEntry>> LookAsync(CancellationToken cancellationToken)
    {
        var result = await RunAsync([SftpCommands.Cd(folder), SftpCommands.List()], cancellationToken);
        if (!result.Succeeded)
        {
            throw new DropSourceException(
                $"Le dossier distant « {folder} » est introuvable ou illisible sur le serveur SFTP {batch.Endpoint.Display} " +
                "(vérifiez chemin, et les droits du compte sur ce dossier).", isConfigurationError: true);
        }

        return SftpListing.Parse(result.OutputOf(1), time.GetLocalNow().DateTime)
            .Where(e => e.IsFile && SftpCommands.IsRepresentable(e.Name) && DropFileNames.IsCandidate(e.Name, pattern))
            .ToDictionary(e => e.Name, StringComparer.Ordinal);
    }

    private async Task DownloadAsync(string name, string localPath, CancellationToken cancellationToken)
    {
        var result = await batch.RunAsync([SftpCommands.Cd(folder), SftpCommands.Get(name, localPath)], cancellationToken);
        if (!result.Succeeded) throw CommandFailure(result);
    }

    /// <summary>The file as listed now, or null when it is no longer there.</summary>
    private async Task<SftpEntry?> StatAsync(string name, CancellationToken cancellationToken)
    {
        var result = await RunAsync([SftpCommands.Cd(folder), SftpCommands.ListOne(name)], cancellationToken);
        if (!result.Succeeded) return IsNotFound(result) ? null : throw CommandFailure(result);
        return SftpListing.Parse(result.OutputOf(1), time.GetLocalNow().DateTime).FirstOrDefault(e => e.IsFile && e.Name == name);
    }

    /// <summary>To traites/ as &lt;yyyyMMddTHHmmss&gt;_&lt;name&gt;; a name already taken there gets " (2)", " (3)"…, never overwritten.</summary>
    private async Task MoveToProcessedAsync(string name, CancellationToken cancellationToken)
    {
        var stamped = $"{time.GetLocalNow().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}_{name}";
        SftpBatchResult? last = null;
        foreach (var candidate in Candidates(stamped).Take(MoveCandidates))
        {
            last = await RunAsync(
                [SftpCommands.Cd(folder), SftpCommands.MakeFolderIfMissing(LocalFolderSource.ProcessedFolderName),
                 SftpCommands.RenameNoOverwrite(name, $"{LocalFolderSource.ProcessedFolderName}/{candidate}")],
                cancellationToken);
            if (last.Succeeded) return;
            if (last.FailedCommand != 2) break;
        }

        throw CommandFailure(last!);
    }

    private static IEnumerable<string> Candidates(string fileName)
    {
        yield return fileName;
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        for (var counter = 2; ; counter++) yield return $"{stem} ({counter}){extension}";
    }

    private Task<SftpBatchResult> RunAsync(IReadOnlyList<string> commands, CancellationToken cancellationToken) =>
        retry.RunAsync(token => batch.RunAsync(commands, token), IsTransient, cancellationToken);

    private static bool IsTransient(Exception ex) => ex is DropSourceException { IsConfigurationError: false };

    private static bool IsNotFound(SftpBatchResult result) =>
        result.Error.Contains("not found", StringComparison.OrdinalIgnoreCase) || result.Error.Contains("No such file", StringComparison.OrdinalIgnoreCase);

    /// <summary>A command the server refused: an I/O error for this file only (the collector leaves it for the next run).</summary>
    private Exception CommandFailure(SftpBatchResult result)
    {
        if (result.FailedCommand == 0)
        {
            return new DropSourceException($"Le dossier distant « {folder} » n'est plus accessible sur le serveur SFTP {batch.Endpoint.Display}.",
                isConfigurationError: true);
        }

        if (IsNotFound(result)) return new FileNotFoundException($"Fichier disparu du dépôt distant.");
        if (result.Error.Contains("Permission denied", StringComparison.OrdinalIgnoreCase))
        {
            return new UnauthorizedAccessException($"Le serveur SFTP refuse l'opération (droits du compte sur le dossier distant).");
        }

        return new IOException($"Le serveur SFTP a refusé une opération sur un fichier.");
    }

    private string Location(string name) => folder.EndsWith('/') ? folder + name : $"{folder}/{name}";

    private string OwnName(DropFile file)
    {
        if (file.Source != Name || file.Name.Contains('/') || !SftpCommands.IsRepresentable(file.Name) || file.Location != Location(file.Name))
        {
            throw new ArgumentException($"Ce fichier n'appartient pas à la source « {Name} ».", nameof(file));
        }

        return file.Name;
    }
}

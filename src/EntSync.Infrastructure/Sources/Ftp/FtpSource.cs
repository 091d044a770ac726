using System.Runtime.CompilerServices;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.LocalFolder;
using EntSync.Infrastructure.Sources.Remote;
using Microsoft.Extensions.Logging;

namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// An FTP or FTPS drop (type "ftp"), with the local folder's guarantees: a file is taken once its size and time are the
/// same in two listings <c>stabiliteSecondes</c> apart; it is downloaded once to a local copy (the collector reads it
/// twice); the server's file is moved to <c>traites/</c>, deleted or kept only in <see cref="CompleteAsync"/>, after
/// the copy is in the inbox and recorded. Only the top folder is read. Transient failures are retried, then the run
/// marks the source failed; wrong credentials or an untrusted certificate fail at once with the fix.
/// </summary>
internal sealed class FtpSource : IDropSource
{
    private readonly string folder;
    private readonly string pattern;
    private readonly AfterProcessing afterProcessing;
    private readonly TimeSpan stabilityDelay;
    private readonly IFtpClient client;
    private readonly FtpEndpoint endpoint;
    private readonly string clientKind;
    private readonly RemoteDownloads downloads;
    private readonly TransientRetry retry;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    internal FtpSource(SourceOptions options, IFtpClient client, string downloadsFolder, TimeProvider time, ILogger logger, TransientRetry? retry = null)
    {
        Name = options.Nom;
        folder = FtpPaths.Folder(options.Chemin);
        pattern = string.IsNullOrWhiteSpace(options.Motif) ? "*" : options.Motif.Trim();
        afterProcessing = AfterProcessingParser.Parse(options.ApresTraitement);
        stabilityDelay = TimeSpan.FromSeconds(Math.Max(0, options.StabiliteSecondes));
        endpoint = FtpClients.Endpoint(options);
        clientKind = options.Client;
        this.client = client;
        downloads = new RemoteDownloads(downloadsFolder);
        this.time = time;
        this.logger = logger;
        this.retry = retry ?? TransientRetry.Default(time);
    }

    public string Name { get; }

    /// <summary>
    /// The source the options describe. <paramref name="workFolder"/>: the source's private folder of the data directory
    /// for its local copies (DropSourceFactory.WorkFolder), emptied at each listing.
    /// </summary>
    public static FtpSource Create(SourceOptions options, string workFolder, IProcessRunner processes, TimeProvider time, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger<FtpSource>();
        var client = FtpClients.Create(options, FtpClients.Endpoint(options), processes, logger);
        return new FtpSource(options, client, workFolder, time, logger);
    }

    public async IAsyncEnumerable<DropFile> ListReadyAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        downloads.Clear(); // copies an interrupted run left behind
        var first = await LookAsync(cancellationToken);
        if (first.Count == 0) yield break;

        if (stabilityDelay > TimeSpan.Zero) await Task.Delay(stabilityDelay, time, cancellationToken);

        var second = await LookAsync(cancellationToken);
        var waiting = 0;
        foreach (var (name, seen) in first.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!second.TryGetValue(name, out var again) || again.Size != seen.Size || again.Stamp != seen.Stamp)
            {
                waiting++;
                continue;
            }

            yield return new DropFile(Name, name, FtpPaths.Combine(folder, name), seen.Size, seen.Modified ?? default);
        }

        if (waiting > 0) logger.LogInformation("Source {Source} : {Count} fichier(s) encore en cours de dépôt, pris au prochain passage", Name, waiting);
    }

    public Task<Stream> OpenReadAsync(DropFile file, CancellationToken cancellationToken)
    {
        var path = OwnPath(file);
        return downloads.OpenAsync(path, file.Size, async (local, token) =>
        {
            try
            {
                await GuardAsync(ct => client.DownloadAsync(path, local, file.Size, ct), token);
            }
            catch (DropSourceException ex) when (ex.InnerException is FtpException { Failure: FtpFailure.NotFound })
            {
                // Gone since the listing (taken by someone else): this file only, the next run sees what is there.
                throw new FileNotFoundException("fichier disparu du serveur FTP depuis la liste", ex);
            }
        }, cancellationToken);
    }

    public async Task CompleteAsync(DropFile file, DropOutcome outcome, CancellationToken cancellationToken)
    {
        var path = OwnPath(file);
        downloads.Discard(path);
        if (afterProcessing == AfterProcessing.Conserver) return;

        var entries = await GuardAsync(ct => client.ListAsync(folder, ct), cancellationToken);
        var current = entries.FirstOrDefault(e => e.IsFile && e.Name == file.Name);
        if (current is null)
        {
            logger.LogInformation("Source {Source} : fichier déjà retiré du dépôt", Name);
            return;
        }

        if (current.Size != file.Size || (current.Modified ?? default) != file.LastWriteUtc)
        {
            // Another export under the same name since it was taken: leave it for the next run.
            logger.LogWarning("Source {Source} : fichier remplacé depuis sa collecte, laissé en place", Name);
            return;
        }

        if (afterProcessing == AfterProcessing.Supprimer)
        {
            await GuardAsync(ct => client.DeleteAsync(path, ct), cancellationToken);
        }
        else
        {
            var processed = FtpPaths.Combine(folder, LocalFolderSource.ProcessedFolderName);
            var target = FtpPaths.Combine(processed, await FreeProcessedNameAsync(file.Name, processed, entries, cancellationToken));
            await GuardAsync(ct => client.RenameAsync(path, target, ct), cancellationToken);
        }

        logger.LogDebug("Source {Source} : fichier {Outcome} traité ({AfterProcessing})", Name, outcome, afterProcessing);
    }

    /// <summary>
    /// The stamped name in traites/ (created when missing), with " (2)", " (3)"… when taken: RNTO replaces an existing
    /// file on most servers, so the names there are checked first (the service's lock keeps its own runs apart).
    /// </summary>
    private async Task<string> FreeProcessedNameAsync(string name, string processed, IReadOnlyList<FtpEntry> entries, CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        if (entries.Any(e => e.IsFolder && e.Name == LocalFolderSource.ProcessedFolderName))
        {
            taken.UnionWith((await GuardAsync(ct => client.ListAsync(processed, ct), cancellationToken)).Select(e => e.Name));
        }
        else
        {
            await GuardAsync(ct => client.CreateFolderAsync(processed, ct), cancellationToken);
        }

        var stamped = FileStore.StampedName(name, time.GetLocalNow().DateTime);
        return AtomicFiles.Candidates("", stamped).FirstOrDefault(candidate => !taken.Contains(candidate))
            ?? throw new IOException($"Aucun nom libre pour ranger le fichier dans {LocalFolderSource.ProcessedFolderName}/ du serveur FTP.");
    }

    private async Task<Dictionary<string, FtpEntry>> LookAsync(CancellationToken cancellationToken)
    {
        var entries = await GuardAsync(ct => client.ListAsync(folder, ct), cancellationToken);
        var seen = new Dictionary<string, FtpEntry>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.IsFile && FtpPaths.IsUsable(e.Name) && DropFileNames.IsCandidate(e.Name, pattern)))
        {
            seen[entry.Name] = entry;
        }

        return seen;
    }

    private async Task GuardAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken) =>
        await GuardAsync(async ct => { await operation(ct); return true; }, cancellationToken);

    /// <summary>Retries transient failures, then turns any FTP failure into the French DropSourceException.</summary>
    private async Task<T> GuardAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await retry.RunAsync(operation, ex => ex is FtpException { Failure: FtpFailure.Transient }, cancellationToken);
        }
        catch (FtpException ex)
        {
            logger.LogWarning("Source {Source} : échec FTP ({Failure}, réponse {Reply})", Name, ex.Failure, ex.Reply);
            throw FtpErrors.ToDropSourceException(ex, Name, endpoint, folder, clientKind);
        }
    }

    private string OwnPath(DropFile file)
    {
        var path = FtpPaths.Combine(folder, file.Name);
        if (file.Source != Name || file.Location != path)
        {
            throw new ArgumentException($"Ce fichier n'appartient pas à la source « {Name} ».", nameof(file));
        }

        return path;
    }
}

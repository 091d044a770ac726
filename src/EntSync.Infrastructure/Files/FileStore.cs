using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EntSync.Core.Pipeline.Contracts;

namespace EntSync.Infrastructure.Files;

/// <summary>
/// The data directory's inbox, archive, quarantine and rapports (DESIGN.md §5). Moving an inbox file a second time
/// after a crash finds the copy already moved (same name, same SHA-256) instead of failing, so a re-run can finish.
/// </summary>
internal sealed class FileStore(DataDirectory directory) : IFileStore
{
    private const int BufferSize = 81_920;
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public const string ReasonSuffix = ".raison.txt";

    public async Task<InboxFile> ReceiveAsync(string originalName, Stream content, DateTime now, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory.Inbox);
        var temporary = AtomicFiles.TemporaryPath(directory.Inbox);
        try
        {
            var (sha256, size) = await CopyAndHashAsync(content, temporary, cancellationToken);
            var path = AtomicFiles.MoveNoOverwrite(temporary, directory.Inbox, StampedName(originalName, now));
            return new InboxFile(path, originalName, sha256, size);
        }
        catch
        {
            AtomicFiles.TryDelete(temporary);
            throw;
        }
    }

    public async Task<string> QuarantineAsync(InboxFile file, string reason, DateTime now, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.Path);
        if (!File.Exists(file.Path))
        {
            return await FindMovedCopyAsync(directory.Quarantine, name, file, cancellationToken);
        }

        Directory.CreateDirectory(directory.Quarantine);
        var text = Utf8WithBom.GetPreamble().Concat(Utf8WithBom.GetBytes(ReasonText(file, reason, now))).ToArray();
        foreach (var candidate in AtomicFiles.Candidates(directory.Quarantine, name))
        {
            if (File.Exists(candidate))
            {
                continue;
            }

            // The reason first: a crash in between leaves a reason without its file, rewritten by the re-run,
            // never a quarantined file without its reason.
            await AtomicFiles.WriteReplacingAsync(candidate + ReasonSuffix, text, cancellationToken);
            if (AtomicFiles.TryMoveNoOverwrite(file.Path, candidate))
            {
                return candidate;
            }
        }

        throw new IOException($"Aucun nom libre en quarantaine pour {name}.");
    }

    public async Task<string> ArchiveAsync(InboxFile file, DateTime now, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(directory.Archive, now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var name = Path.GetFileName(file.Path);
        if (!File.Exists(file.Path))
        {
            return await FindMovedCopyAsync(folder, name, file, cancellationToken);
        }

        return AtomicFiles.MoveNoOverwrite(file.Path, folder, name);
    }

    public async Task<string> WriteReportAsync(string fileName, string content, CancellationToken cancellationToken)
    {
        // A report page is replaced on purpose (<uai>_dernier.html); the replacement is one rename.
        var path = Path.Combine(directory.Rapports, SafeFileName.Sanitize(fileName));
        await AtomicFiles.WriteReplacingAsync(path, Utf8.GetBytes(content), cancellationToken);
        return path;
    }

    public IReadOnlyList<string> PendingInboxFiles()
    {
        if (!Directory.Exists(directory.Inbox))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory.Inbox)
            .Where(path => !AtomicFiles.IsTemporary(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Removes partial copies an interrupted run left in the inbox, archive and quarantine. Call it while holding the
    /// sync lock: nothing else writes there then. Returns how many were removed.
    /// </summary>
    public int DeleteTemporaryFiles()
    {
        var removed = 0;
        foreach (var root in new[] { directory.Inbox, directory.Archive, directory.Quarantine })
        {
            if (!Directory.Exists(root))
            {
                continue;
            }

            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
            foreach (var path in Directory.EnumerateFiles(root, "*", options).Where(p => AtomicFiles.IsTemporary(Path.GetFileName(p))).ToList())
            {
                File.Delete(path);
                removed++;
            }
        }

        return removed;
    }

    internal static string StampedName(string originalName, DateTime now) =>
        $"{now.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}_{SafeFileName.Sanitize(originalName)}";

    private static async Task<(string Sha256, long Size)> CopyAndHashAsync(Stream content, string target, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long size = 0;
        try
        {
            await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }

            output.Flush(flushToDisk: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    /// <summary>After a crash between the move and the state update: the copy is already where it was going.</summary>
    private static async Task<string> FindMovedCopyAsync(string folder, string name, InboxFile file, CancellationToken cancellationToken)
    {
        foreach (var candidate in AtomicFiles.Candidates(folder, name))
        {
            if (!File.Exists(candidate))
            {
                break;
            }

            await using var stream = new FileStream(candidate, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous);
            var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            if (sha256 == file.Sha256)
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"La copie reçue {name} n'est ni dans la boîte de réception ni dans {folder}.", file.Path);
    }

    private static string ReasonText(InboxFile file, string reason, DateTime now) =>
        string.Join("\r\n",
            $"Fichier d'origine : {file.OriginalName}",
            $"Mis en quarantaine le : {now.ToString("dd/MM/yyyy 'à' HH:mm:ss", CultureInfo.InvariantCulture)}",
            $"Taille : {file.Size} octets",
            $"Empreinte SHA-256 : {file.Sha256}",
            "",
            "Raison :",
            reason,
            "");
}

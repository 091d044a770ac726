namespace EntSync.Infrastructure.Files;

/// <summary>
/// Writes and moves that never leave a half-written file under its final name and never overwrite another file:
/// content goes to a temporary name in the same folder, is flushed to disk, then renamed.
/// </summary>
internal static class AtomicFiles
{
    private const string TemporaryPrefix = ".entsync-";
    private const string TemporarySuffix = ".tmp";
    private const int MaxCandidates = 10_000;

    public static string TemporaryPath(string folder) =>
        Path.Combine(folder, $"{TemporaryPrefix}{Guid.NewGuid():N}{TemporarySuffix}");

    public static bool IsTemporary(string fileName) =>
        fileName.StartsWith(TemporaryPrefix, StringComparison.Ordinal) && fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal);

    /// <summary><c>name.ext</c>, then <c>name (2).ext</c>, <c>name (3).ext</c>… inside <paramref name="folder"/>.</summary>
    public static IEnumerable<string> Candidates(string folder, string fileName)
    {
        yield return Path.Combine(folder, fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        for (var counter = 2; counter <= MaxCandidates; counter++)
        {
            yield return Path.Combine(folder, $"{stem} ({counter}){extension}");
        }
    }

    /// <summary>Moves to <paramref name="target"/> unless something already has that name.</summary>
    public static bool TryMoveNoOverwrite(string source, string target)
    {
        if (Path.Exists(target))
        {
            return false;
        }

        try
        {
            File.Move(source, target, overwrite: false);
            return true;
        }
        catch (IOException) when (Path.Exists(target) && File.Exists(source))
        {
            // Another writer took the name between the check and the move.
            return false;
        }
    }

    /// <summary>Moves into <paramref name="folder"/> under the first free candidate name; returns the new path.</summary>
    public static string MoveNoOverwrite(string source, string folder, string fileName)
    {
        Directory.CreateDirectory(folder);
        foreach (var candidate in Candidates(folder, fileName))
        {
            if (TryMoveNoOverwrite(source, candidate))
            {
                return candidate;
            }
        }

        throw new IOException($"Aucun nom libre pour ranger le fichier dans {folder} (plus de {MaxCandidates} homonymes).");
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="target"/>, replacing it in one step if it exists.</summary>
    public static async Task WriteReplacingAsync(string target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temporary = TemporaryPath(folder);
        try
        {
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await output.WriteAsync(content, cancellationToken);
                output.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for DeleteTemporaryFiles at the next run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

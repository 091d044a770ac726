using System.Globalization;

namespace EntSync.Worker.Hosting;

/// <summary>
/// Deletes archived files older than the retention, day folder by day folder (archive/yyyy-MM-dd/), except the files
/// that are an establishment's latest export of a kind: those are kept whatever their age.
/// </summary>
internal sealed class ArchiveRetention(string archiveRoot)
{
    public int Apply(DateOnly before, IReadOnlySet<string> keep)
    {
        if (!Directory.Exists(archiveRoot)) return 0;
        var removed = 0;
        foreach (var day in Directory.EnumerateDirectories(archiveRoot))
        {
            if (!DateOnly.TryParseExact(Path.GetFileName(day), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date >= before)
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(day))
            {
                if (keep.Contains(Path.GetFullPath(file))) continue;
                File.Delete(file);
                removed++;
            }

            if (!Directory.EnumerateFileSystemEntries(day).Any()) Directory.Delete(day);
        }

        return removed;
    }
}

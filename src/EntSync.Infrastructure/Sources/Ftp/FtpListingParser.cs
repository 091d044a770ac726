using System.Globalization;
using System.Text.RegularExpressions;

namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// Reads a folder listing: MLSD (RFC 3659 facts, exact) or LIST, whose format is not standard: the Unix `ls -l` form
/// (vsftpd, ProFTPD, Pure-FTPd) and the DOS form (IIS). The name is everything after the date, so names with spaces,
/// quotes, accents or a leading '-' come through whole. Lines in another format are skipped and counted.
/// </summary>
internal static partial class FtpListingParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static IReadOnlyList<FtpEntry> ParseList(string text, out int skipped, DateTime? today = null)
    {
        var entries = new List<FtpEntry>();
        skipped = 0;
        foreach (var line in Lines(text))
        {
            if (line.StartsWith("total ", StringComparison.Ordinal)) continue;
            var entry = ParseUnix(line, today ?? DateTime.UtcNow) ?? ParseDos(line);
            if (entry is null) skipped++;
            else if (entry.Name is not "." and not "..") entries.Add(entry);
        }

        return entries;
    }

    public static IReadOnlyList<FtpEntry> ParseMlsd(string text, out int skipped)
    {
        var entries = new List<FtpEntry>();
        skipped = 0;
        foreach (var line in Lines(text))
        {
            var space = line.IndexOf(' ');
            if (space <= 0)
            {
                skipped++;
                continue;
            }

            var facts = line[..space].Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(f => f.Split('=', 2)).Where(f => f.Length == 2)
                .ToDictionary(f => f[0].ToLowerInvariant(), f => f[1], StringComparer.Ordinal);
            var type = facts.GetValueOrDefault("type", "").ToLowerInvariant();
            if (type is "cdir" or "pdir") continue;
            var size = long.TryParse(facts.GetValueOrDefault("size"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var stamp = facts.GetValueOrDefault("modify", "");
            DateTime? modified = DateTime.TryParseExact(stamp.Split('.')[0], "yyyyMMddHHmmss", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var m) ? m : null;
            entries.Add(new FtpEntry(line[(space + 1)..], type == "file", type == "dir", size, stamp, modified));
        }

        return entries;
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0);

    private static FtpEntry? ParseUnix(string line, DateTime today)
    {
        var m = UnixLine().Match(line);
        if (!m.Success) return null;
        var type = m.Groups["type"].Value[0];
        var stamp = m.Groups["date"].Value;
        var size = long.Parse(m.Groups["size"].Value, CultureInfo.InvariantCulture);
        return new FtpEntry(m.Groups["name"].Value, type == '-', type == 'd', size, stamp, UnixDate(stamp, today));
    }

    private static FtpEntry? ParseDos(string line)
    {
        var m = DosLine().Match(line);
        if (!m.Success) return null;
        var folder = m.Groups["dir"].Success;
        var size = folder ? 0 : long.Parse(m.Groups["size"].Value, CultureInfo.InvariantCulture);
        var stamp = m.Groups["date"].Value + " " + m.Groups["time"].Value;
        DateTime? modified = DateTime.TryParseExact(stamp, ["MM-dd-yy hh:mmtt", "MM-dd-yyyy hh:mmtt", "MM-dd-yy HH:mm", "MM-dd-yyyy HH:mm"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return new FtpEntry(m.Groups["name"].Value, !folder, folder, size, stamp, modified);
    }

    /// <summary>"Nov 22 07:30" (this year, or last year when that would be in the future) or "Nov 22  2025".</summary>
    private static DateTime? UnixDate(string stamp, DateTime today)
    {
        var parts = stamp.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var month = Array.IndexOf(Months, parts[0].ToLowerInvariant()) + 1;
        if (month == 0 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var day)) return null;
        try
        {
            if (parts[2].Contains(':'))
            {
                var hm = parts[2].Split(':');
                var date = new DateTime(today.Year, month, day, int.Parse(hm[0], CultureInfo.InvariantCulture), int.Parse(hm[1], CultureInfo.InvariantCulture), 0);
                return date > today.AddDays(2) ? date.AddYears(-1) : date;
            }

            return new DateTime(int.Parse(parts[2], CultureInfo.InvariantCulture), month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // type, 9 permission letters (+ ACL mark), links, owner [group], size, date, one space, name.
    [GeneratedRegex(@"^(?<type>[-dlpscbD])[-rwxsStTlL]{9}[+.@]?\s+\S+\s+(?:\S+\s+){1,2}?(?<size>\d+)\s+(?<date>[A-Za-z]{3}\s+\d{1,2}\s+(?:\d{1,2}:\d{2}|\d{4}))\s(?<name>.+)$")]
    private static partial Regex UnixLine();

    [GeneratedRegex(@"^(?<date>\d{2}-\d{2}-\d{2,4})\s+(?<time>\d{1,2}:\d{2}(?:[AaPp][Mm])?)\s+(?:(?<dir><DIR>)|(?<size>\d+))\s+(?<name>.+)$")]
    private static partial Regex DosLine();
}

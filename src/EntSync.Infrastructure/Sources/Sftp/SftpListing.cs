using System.Globalization;
using System.Text.RegularExpressions;

namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// Reads the output of sftp's <c>ls -ln</c>: <c>-rw-r--r--    ? 1001  1001  1234 Nov 22 07:30 name</c>. The fields before
/// the size are skipped lazily (some servers print owner names with spaces); exactly one space separates the time from
/// the name, so names with spaces, quotes or a leading '-' come back whole. Dates are the client's local time.
/// </summary>
internal static partial class SftpListing
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The entries of the lines that are listing lines; the batch's echoed <c>sftp&gt;</c> lines and anything else are skipped.</summary>
    public static IReadOnlyList<SftpEntry> Parse(IEnumerable<string> lines, DateTime localNow)
    {
        var entries = new List<SftpEntry>();
        foreach (var line in lines)
        {
            var m = Line().Match(line.TrimEnd('\r'));
            if (!m.Success) continue;
            var name = m.Groups["name"].Value;
            // "ls -ln ./x" echoes the path as given.
            if (name.StartsWith("./", StringComparison.Ordinal)) name = name[2..];
            if (name.Length == 0 || name is "." or ".." || name.Contains('/')) continue;
            var stamp = $"{m.Groups["month"].Value} {m.Groups["day"].Value} {m.Groups["time"].Value}";
            entries.Add(new SftpEntry(name, m.Groups["type"].Value == "-", long.Parse(m.Groups["size"].Value, CultureInfo.InvariantCulture), stamp,
                LastWrite(m.Groups["month"].Value, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), m.Groups["time"].Value, localNow)));
        }

        return entries;
    }

    /// <summary>
    /// The listed time as UTC. ls shows "Nov 22 07:30" for the last six months (the year is the one that does not put
    /// it in the future) and "Nov 22  2025" for older files (midnight, local time).
    /// </summary>
    private static DateTime LastWrite(string month, int day, string time, DateTime localNow)
    {
        var monthNumber = Array.IndexOf(Months, month) + 1;
        if (monthNumber == 0 || day is < 1 or > 31) return DateTime.MinValue;
        int year, hour = 0, minute = 0;
        if (time.Contains(':'))
        {
            var parts = time.Split(':');
            hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
            minute = int.Parse(parts[1], CultureInfo.InvariantCulture);
            year = localNow.Year;
            if (new DateTime(year, monthNumber, Math.Min(day, DateTime.DaysInMonth(year, monthNumber))) > localNow.Date.AddDays(1)) year--;
        }
        else
        {
            year = int.Parse(time, CultureInfo.InvariantCulture);
        }

        if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, monthNumber) || hour > 23 || minute > 59) return DateTime.MinValue;
        return DateTime.SpecifyKind(new DateTime(year, monthNumber, day, hour, minute, 0), DateTimeKind.Local).ToUniversalTime();
    }

    [GeneratedRegex(@"^(?<type>[-dlpscbD])[-rwxsStTlL+@.]{9}\S*\s+\S+\s+.*?\s(?<size>\d+)\s+(?<month>[A-Z][a-z]{2})\s+(?<day>\d{1,2})\s+(?<time>\d{1,2}:\d{2}|\d{4})\s(?<name>.+)$")]
    private static partial Regex Line();
}

using System.Globalization;

namespace EntSync.Core.Xml;

/// <summary>
/// Dates as the exports write them, always parsed with the invariant culture: dd/MM/yyyy (SIECLE, UDT),
/// yyyy-MM-dd (STS-Web, élève-groupe), with or without a time, ISO date-times with an offset (Index Education).
/// </summary>
public static class ExportDates
{
    private static readonly string[] Formats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyyMMddHHmmss", "yyyyMMdd",
    ];

    public static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (DateTime.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var o)) return o.DateTime;
        return null;
    }

    public static DateOnly? ParseDate(string? text) => Parse(text) is { } d ? DateOnly.FromDateTime(d) : null;

    public static int? ParseYear(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1990 and < 2200 ? y : null;

    /// <summary>School year (start year) of a date: the year turns on 1 August, when timetables for the rentrée are built.</summary>
    public static int SchoolYearOf(DateTime date) => date.Month >= 8 ? date.Year : date.Year - 1;
}

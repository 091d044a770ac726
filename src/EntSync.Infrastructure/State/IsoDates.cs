using System.Globalization;

namespace EntSync.Infrastructure.State;

/// <summary>
/// Dates in the state are ISO 8601 text in the round-trip format, so they read back to the same ticks and kind (the
/// pipeline passes local times without offset, stored without one).
/// </summary>
internal static class IsoDates
{
    /// <summary>Length of <c>yyyy-MM-ddTHH:mm:ss.fffffff</c>, the part of the round-trip format before any zone suffix.</summary>
    public const int SortKeyLength = 27;

    public static string Format(DateTime value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static string? Format(DateTime? value) => value is { } v ? Format(v) : null;

    public static DateTime Parse(string text) => DateTime.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>
    /// Compared as text, this prefix orders dates exactly as <see cref="DateTime.CompareTo(DateTime)"/> does (ticks, kind
    /// ignored): SQL compares <c>substr(column, 1, 27)</c> against it.
    /// </summary>
    public static string SortKey(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
}

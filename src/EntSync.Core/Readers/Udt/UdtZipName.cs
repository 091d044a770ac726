using System.Globalization;
using System.Text.RegularExpressions;

namespace EntSync.Core.Readers.Udt;

/// <summary>
/// UDT puts the UAI nowhere inside its files: ODE takes it from the zip's name, <c>&lt;UAI&gt;_&lt;yyyyMMddHHmmss&gt;_UDT.zip</c>
/// for its automatic import, any name holding a UAI for a manual one. Same rules here.
/// </summary>
internal static partial class UdtZipName
{
    [GeneratedRegex(@"([0-9]{7}[A-Z])_([0-9]{14})_UDT\.zip$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Standard();

    // Not inside a longer number, so that a 14-digit timestamp followed by a letter is not taken for a UAI.
    [GeneratedRegex(@"(?<![0-9])[0-9]{7}[A-Z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyUai();

    public static (string? Uai, DateTime? ExportDate) Parse(string fileName)
    {
        var m = Standard().Match(fileName);
        if (m.Success)
        {
            DateTime? date = DateTime.TryParseExact(m.Groups[2].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var d) ? d : null;
            return (m.Groups[1].Value.ToUpperInvariant(), date);
        }

        var any = AnyUai().Match(fileName);
        return (any.Success ? any.Value.ToUpperInvariant() : null, null);
    }
}

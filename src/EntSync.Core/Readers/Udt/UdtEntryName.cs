using System.Globalization;
using System.Text.RegularExpressions;

namespace EntSync.Core.Readers.Udt;

/// <summary>
/// A UDCal entry's number and week, from its file name in any letter case (ODE accepts <c>UDCal_12_05.xml</c> and
/// <c>udcal_12_05.xml</c>). Folders inside the zip are ignored: only the file name counts.
/// </summary>
internal sealed partial record UdtEntryName(string FullName, int Number, int? Week)
{
    [GeneratedRegex(@"^udcal_(\d\d)(?:_(\d\d))?\.xml$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The name as the zip spells it, for messages.</summary>
    public string FileName => Path.GetFileName(FullName);

    /// <summary>The canonical spelling, used to spot the same file given twice.</summary>
    public string Canonical => Week is { } w ? $"UDCal_{Number:D2}_{w:D2}.xml" : $"UDCal_{Number:D2}.xml";

    public static UdtEntryName? Parse(string fullName)
    {
        var m = Pattern().Match(Path.GetFileName(fullName));
        if (!m.Success) return null;
        var number = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        int? week = m.Groups[2].Success ? int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture) : null;
        return new UdtEntryName(fullName, number, week);
    }
}

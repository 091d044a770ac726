using System.Globalization;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Siecle;

/// <summary>Typed field access for BEE records: dates (kept null with a warning when unreadable), integers, booleans, codes.</summary>
internal sealed class SiecleFields(SiecleWarnings warnings)
{
    public const string InvalidDateCode = "DATE-INVALIDE";

    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);

    public SiecleWarnings Warnings { get; } = warnings;

    /// <summary>
    /// A short code repeated on many records (MEF, pays, division): one shared instance per distinct value keeps a
    /// 100,000-pupil file from holding 100,000 copies of "100".
    /// </summary>
    public string? Code(string? value)
    {
        if (value is null || value.Length > 16) return value;
        if (_codes.TryGetValue(value, out var shared)) return shared;
        _codes[value] = value;
        return value;
    }

    /// <summary>The date of child <paramref name="name"/>; <paramref name="recordKind"/> and <paramref name="recordId"/> name the record in a warning ("élève ELEVE_ID=…").</summary>
    public DateOnly? Date(LightElement e, string name, string recordKind, string? recordId)
    {
        var text = e.Value(name);
        if (text is null) return null;
        if (ExportDates.ParseDate(text) is { } date) return date;
        WarnDate(e, name, recordKind, recordId, text);
        return null;
    }

    /// <summary>Apart from <see cref="Date"/> so that the message closure is only allocated for a bad date, not per field.</summary>
    private void WarnDate(LightElement e, string name, string recordKind, string? recordId, string text)
    {
        var line = e.Child(name)?.Line ?? e.Line;
        var record = recordId is null ? recordKind : $"{recordKind}={recordId}";
        Warnings.Add(InvalidDateCode,
            () => $"Date illisible dans {name} ({record}, ligne {line}) : « {text} » ; jj/mm/aaaa attendu. La date est ignorée.", line);
    }

    public static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>BEE writes 0/1 or true/false depending on the field and version.</summary>
    public static bool? Bool(string? text) => text switch
    {
        null => null,
        "1" => true,
        "0" => false,
        _ when text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("O", StringComparison.OrdinalIgnoreCase) => true,
        _ when text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("N", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };
}

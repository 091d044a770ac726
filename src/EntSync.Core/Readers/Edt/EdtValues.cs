using System.Globalization;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Edt;

/// <summary>Parsing of the values Index Education writes: xs:date/xs:time attributes, week masks, French display strings.</summary>
internal static class EdtValues
{
    private static readonly string[] Jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    public static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>An xs:time ("08:00:00", also "08:00").</summary>
    public static TimeOnly? Time(string? text) =>
        text is not null && TimeOnly.TryParseExact(text, ["HH:mm:ss", "HH:mm", "H:mm", "HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var t) ? t : null;

    /// <summary>A date attribute: null when empty; <paramref name="unreadable"/> when present but not a date.</summary>
    public static DateOnly? Date(string? text, out bool unreadable)
    {
        unreadable = false;
        if (text is { Length: 10 } && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && m is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), m) && y is >= 1 and <= 9999)
        {
            // xs:date, what Index writes: parsed directly, the general parser costs a microsecond per attribute.
            return new DateOnly(y, m, day);
        }

        var d = ExportDates.ParseDate(text);
        unreadable = d is null && text is not null;
        return d;
    }

    /// <summary>A Semaines mask; null when present but not an unsigned 64-bit number.</summary>
    public static ulong? Semaines(string? text)
    {
        if (text is null) return Model.Edt.EdtCoursRef.ToutesLesSemaines;
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var mask) ? mask : null;
    }

    /// <summary>"08h00" / "8h05" (the text export's display form) → 08:00.</summary>
    public static TimeOnly? Heure(string? text)
    {
        var (h, m) = HoursMinutes(text);
        return h is >= 0 and < 24 && m is >= 0 and < 60 ? new TimeOnly(h.Value, m.Value) : null;
    }

    /// <summary>"1h00" → 60, "1h30" → 90, "2h" → 120.</summary>
    public static int? DureeMinutes(string? text)
    {
        var (h, m) = HoursMinutes(text);
        return h is >= 0 && m is >= 0 and < 60 ? h.Value * 60 + m.Value : null;
    }

    /// <summary>"lundi" → 1 … "dimanche" → 7, any case.</summary>
    public static int? JourNumero(string? text)
    {
        if (text is null) return null;
        for (var i = 0; i < Jours.Length; i++)
        {
            if (string.Equals(text, Jours[i], StringComparison.OrdinalIgnoreCase)) return i + 1;
        }

        return null;
    }

    private static (int? Hours, int? Minutes) HoursMinutes(string? text)
    {
        if (text is null) return (null, null);
        var t = text.Trim();
        var sep = t.IndexOfAny(['h', 'H', ':']);
        if (sep <= 0) return (null, null);
        var hours = Int(t[..sep]);
        var rest = t[(sep + 1)..];
        var minutes = rest.Length == 0 ? 0 : Int(rest);
        return hours is null || minutes is null ? (null, null) : (hours, minutes);
    }
}

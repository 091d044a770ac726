using System.Globalization;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Sts;

/// <summary>
/// Typed values of STS-Web and élève-groupe records: ISO dates, "HHMM" hours and durations, integers. A value that is
/// present but unreadable is kept as null and reported once per record with its line.
/// </summary>
internal sealed class StsFields(WarningCollector warnings)
{
    public const string DateIllisible = "STS-DATE-ILLISIBLE";
    public const string HeureIllisible = "STS-HEURE-ILLISIBLE";
    public const string NombreIllisible = "STS-NOMBRE-ILLISIBLE";

    public WarningCollector Warnings => warnings;

    public DateOnly? Date(LightElement e, string name, string code = DateIllisible)
    {
        var text = e.Value(name);
        if (text is null) return null;
        var date = ExportDates.ParseDate(text);
        if (date is null)
        {
            warnings.Add(code, $"Date illisible dans {name} (« {text} ») ligne {e.Line} : elle est ignorée.", e.Line);
        }

        return date;
    }

    public int? Int(LightElement e, string name)
    {
        var text = e.Value(name);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        warnings.Add(NombreIllisible, $"Nombre illisible dans {name} (« {text} ») ligne {e.Line} : il est ignoré.", e.Line);
        return null;
    }

    /// <summary>A start time written "HHMM" ("0830" = 8 h 30).</summary>
    public TimeOnly? Heure(LightElement e, string name)
    {
        var text = e.Value(name);
        if (text is null) return null;
        if (TryParseHhmm(text, out var h, out var m) && h < 24) return new TimeOnly(h, m);
        warnings.Add(HeureIllisible, $"Heure illisible dans {name} (« {text} », attendu HHMM comme 0830) ligne {e.Line} : elle est ignorée.", e.Line);
        return null;
    }

    /// <summary>A duration written "HHMM" ("0130" = 90 minutes).</summary>
    public int? DureeMinutes(LightElement e, string name)
    {
        var text = e.Value(name);
        if (text is null) return null;
        if (TryParseHhmm(text, out var h, out var m) && h * 60 + m > 0) return h * 60 + m;
        warnings.Add(HeureIllisible, $"Durée illisible dans {name} (« {text} », attendu HHMM comme 0130) ligne {e.Line} : elle est ignorée.", e.Line);
        return null;
    }

    /// <summary>"HHMM", tolerating a 3-digit "830" and a separator ("08:30", "08h30") written by hand-edited files.</summary>
    internal static bool TryParseHhmm(string text, out int hours, out int minutes)
    {
        hours = minutes = 0;
        var value = 0;
        var digits = 0;
        var separators = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                value = value * 10 + (c - '0');
                if (++digits > 4) return false;
            }
            else if (c is ':' or 'h' or 'H' && digits > 0 && ++separators == 1)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        if (digits < 3) return false;
        hours = value / 100;
        minutes = value % 100;
        return minutes < 60;
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EntSync.Core.Model;

namespace EntSync.Core.Relay;

/// <summary>
/// The name a file gets at its destination, from a pattern with <c>{uai}</c>, <c>{nom}</c> (the name it was dropped
/// with) and <c>{horodatage:FORMAT}</c> (its export time; FORMAT as .NET writes dates, default yyyyMMddHHmmss). The
/// defaults follow what the ENTs pick up by themselves: entcore's automatic UDT import takes
/// <c>&lt;UAI&gt;_&lt;yyyyMMddHHmmss&gt;_UDT.zip</c>, its EDT folder import took any .xml whose name holds the UAI.
/// </summary>
public static partial class RelayFileName
{
    public const string UdtDefault = "{uai}_{horodatage:yyyyMMddHHmmss}_UDT.zip";
    public const string EdtDefault = "{uai}_{horodatage:yyyyMMddHHmmss}_EDT.xml";
    public const string KeepName = "{nom}";

    private const string DefaultDateFormat = "yyyyMMddHHmmss";

    public static string DefaultFor(ExportKind kind) => kind switch
    {
        ExportKind.Udt => UdtDefault,
        ExportKind.EdtChiffre => EdtDefault,
        _ => KeepName,
    };

    public static string Format(string pattern, RelayItem item)
    {
        var effective = string.IsNullOrWhiteSpace(pattern) ? DefaultFor(item.Kind) : pattern;
        var name = Placeholder().Replace(effective, m => m.Groups[1].Value switch
        {
            "uai" => item.Uai.ToUpperInvariant(),
            "nom" => item.FileName,
            _ => item.ExportedAt.ToString(m.Groups[2].Success ? m.Groups[2].Value : DefaultDateFormat, CultureInfo.InvariantCulture),
        });
        return Safe(name);
    }

    /// <summary>Why a pattern cannot be used (French), or null when it can.</summary>
    public static string? Problem(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern)) return null;
        if (pattern.IndexOfAny(['/', '\\']) >= 0) return "un nom de fichier sans dossier est attendu (le dossier est dans url ou chemin)";
        var unknown = Braces().Matches(pattern).Select(m => m.Value).FirstOrDefault(p => !Placeholder().IsMatch(p));
        if (unknown is not null) return $"repère inconnu « {unknown} » : {{uai}}, {{nom}} et {{horodatage:yyyyMMddHHmmss}} sont possibles";
        foreach (Match m in Placeholder().Matches(pattern))
        {
            if (!m.Groups[2].Success) continue;
            try
            {
                _ = DateTime.Now.ToString(m.Groups[2].Value, CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                return $"format de date invalide « {m.Groups[2].Value} » (par ex. yyyyMMddHHmmss)";
            }
        }

        return null;
    }

    /// <summary>Characters no file system or server takes in a name become '_'.</summary>
    private static string Safe(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name) builder.Append(char.IsControl(c) || "/\\:*?\"<>|".Contains(c) ? '_' : c);
        var safe = builder.ToString().Trim();
        return safe.Length == 0 || safe is "." or ".." ? "fichier" : safe;
    }

    [GeneratedRegex(@"\{(uai|nom|horodatage)(?::([^{}]+))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Braces();
}

using System.Globalization;
using System.Text;

namespace EntSync.Core.Snapshot;

/// <summary>
/// Normalises people's names for matching across systems that type them differently: case, accents, ligatures (œ/æ),
/// hyphens and apostrophes, repeated spaces. "Le Bœuf-Martin" and "LE BOEUF  MARTIN" give the same key.
/// </summary>
public static class NameKey
{
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var decomposed = name.Replace("œ", "oe").Replace("Œ", "OE").Replace("æ", "ae").Replace("Æ", "AE")
            .Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToUpperInvariant(c));
            }
            else
            {
                pendingSpace = true; // space, hyphen, apostrophe, dot: all separate words the same way
            }
        }

        return builder.ToString();
    }

    /// <summary>A person key: normalised last name, first name and birth date ("" when a part is missing).</summary>
    public static string Person(string? nom, string? prenom, DateOnly? naissance) =>
        $"{Normalize(nom)}|{Normalize(prenom)}|{naissance?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}

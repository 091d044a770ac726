using EntSync.Core.Model.Siecle;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules.Siecle;

/// <summary>
/// Keys that say two fiches hold the same contact detail whatever the typing: « 06 12 34 56 78 » = « +33612345678 »,
/// e-mails without case, addresses by normalised lines and postal code.
/// </summary>
internal static class ContactKeys
{
    /// <summary>Digits only, French international prefixes folded to the national 0; null when too short to be a number.</summary>
    public static string? Telephone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("0033", StringComparison.Ordinal)) digits = "0" + digits[4..];
        else if (digits.StartsWith("33", StringComparison.Ordinal) && digits.Length == 11) digits = "0" + digits[2..];
        return digits.Length >= 9 ? digits : null;
    }

    public static string? Mel(string? value) =>
        value?.Trim() is { Length: > 2 } mel && mel.Contains('@') ? mel.ToLowerInvariant() : null;

    /// <summary>Normalised address lines and postal code; null without a resolved address or without any line.</summary>
    public static string? Adresse(Adresse? adresse)
    {
        if (adresse is null) return null;
        var lines = NameKey.Normalize(string.Join(" ", adresse.Ligne1, adresse.Ligne2, adresse.Ligne3, adresse.Ligne4, adresse.BoitePostale));
        if (lines.Length == 0) return null;
        return $"{lines}|{NameKey.Normalize(adresse.CodePostal ?? adresse.CommuneEtrangere)}";
    }
}

using System.Text.RegularExpressions;

namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>The UAI (ex-RNE) number: 7 digits and a check letter, the letter of the number mod 23 (I, O and Q unused).</summary>
internal static partial class UaiFormat
{
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    public static bool HasShape(string uai) => Shape().IsMatch(uai);

    /// <summary>The UAI with the check letter its digits call for; only meaningful when <see cref="HasShape"/>.</summary>
    public static string WithCheckLetter(string uai) => uai[..7] + Letters[int.Parse(uai.AsSpan(0, 7)) % 23];

    [GeneratedRegex("^[0-9]{7}[A-Z]$")]
    private static partial Regex Shape();
}

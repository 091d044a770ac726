namespace EntSync.Generator;

/// <summary>UAI numbers with the real check letter (7 digits, then the letter of number mod 23), so they look right to any validator.</summary>
public static class Uai
{
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    public static string FromNumber(int sevenDigits) => $"{sevenDigits:D7}{Letters[sevenDigits % 23]}";

    public static bool IsValid(string? uai) =>
        uai is { Length: 8 } && int.TryParse(uai.AsSpan(0, 7), out var n) && char.ToUpperInvariant(uai[7]) == Letters[n % 23];
}

namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>The <c>chiffrement</c> option: explicit FTPS unless the configuration says "aucun" in words.</summary>
internal static class FtpEncryption
{
    public const string Explicite = "explicite";
    public const string Aucun = "aucun";

    public static readonly string[] All = [Explicite, Aucun];

    public static bool UsesTls(string value) => !string.Equals(value.Trim(), Aucun, StringComparison.Ordinal);
}

using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// The files of the data directory's secrets/ store (DESIGN.md §5b), written by <c>entsync secret set</c>. On Linux a
/// file holds the secret as text, readable by the service user only (0600). On Windows it holds
/// <see cref="DpapiPrefix"/> + base64 of DPAPI at machine scope: the administrator who types it and the service account
/// are different users, so user scope would not do; the file's ACL is what keeps other accounts out.
/// A hand-written text file is read as is on both systems.
/// </summary>
internal static partial class SecretStore
{
    public const string DpapiPrefix = "dpapi-machine:";
    private static readonly byte[] Entropy = "EntSync secret store v1"u8.ToArray();

    public static bool IsValidName(string name) => ValidName().IsMatch(name);

    public static string NameRule => "lettres sans accent, chiffres et _ seulement, 64 caractères au plus (par ex. MOT_DE_PASSE_SFTP)";

    public static string FilePath(string dataDirectory, string name) => Path.Combine(dataDirectory, "secrets", name);

    /// <summary>The secret in a file, decrypted when protected. <see cref="SecretUnreadableException"/> when it cannot be decrypted here.</summary>
    public static string Read(string file)
    {
        var text = File.ReadAllText(file).TrimEnd('\r', '\n');
        if (!text.StartsWith(DpapiPrefix, StringComparison.Ordinal)) return text;
        if (!OperatingSystem.IsWindows())
        {
            throw new SecretUnreadableException("il est chiffré pour Windows (DPAPI) : enregistrez-le sur cette machine avec « entsync secret set »");
        }

        try
        {
            return Unprotect(text[DpapiPrefix.Length..]);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            throw new SecretUnreadableException("il ne peut pas être déchiffré sur cette machine (enregistré sur une autre ?) : " +
                                                "enregistrez-le à nouveau avec « entsync secret set »");
        }
    }

    /// <summary>The file content for a secret on Windows.</summary>
    [SupportedOSPlatform("windows")]
    public static string Protect(string value) =>
        DpapiPrefix + Convert.ToBase64String(ProtectedData.Protect(Encoding.UTF8.GetBytes(value), Entropy, DataProtectionScope.LocalMachine));

    [SupportedOSPlatform("windows")]
    private static string Unprotect(string base64) =>
        Encoding.UTF8.GetString(ProtectedData.Unprotect(Convert.FromBase64String(base64), Entropy, DataProtectionScope.LocalMachine));

    [GeneratedRegex("^[A-Za-z0-9_]{1,64}$")]
    private static partial Regex ValidName();
}

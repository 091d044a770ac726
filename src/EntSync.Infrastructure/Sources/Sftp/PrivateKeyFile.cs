using System.Buffers.Binary;
using System.Text;

namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// Checks a private key before the service relies on it: batch mode cannot type a passphrase, and ssh refuses a key
/// file other accounts may read. Read from the file's own header (no program to run), so the check also works where
/// ssh-keygen is absent.
/// </summary>
internal static class PrivateKeyFile
{
    private const string OpenSshBegin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    private const string OpenSshEnd = "-----END OPENSSH PRIVATE KEY-----";
    private static readonly byte[] OpenSshMagic = "openssh-key-v1\0"u8.ToArray();
    private const UnixFileMode OthersAccess =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Why this file cannot be the source's key (French), or null when it can.</summary>
    public static string? Problem(string path)
    {
        string text;
        try
        {
            if (!File.Exists(path)) return Directory.Exists(path) ? $"{path} est un dossier, le fichier de la clé privée est attendu" : $"clé privée introuvable : {path}";
            var info = new FileInfo(path);
            if (info.Length > 64 * 1024) return $"{path} est trop gros pour une clé privée SSH";
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"clé privée illisible : {path} (le compte du service doit pouvoir la lire, et lui seul)";
        }

        var trimmed = text.TrimStart();
        if (HostKeyLine.TryParse(trimmed.Split('\n')[0]) is not null)
        {
            return $"{path} est une clé publique : indiquez le fichier de la clé privée (le même nom sans .pub)";
        }

        if (trimmed.StartsWith("PuTTY-User-Key-File", StringComparison.Ordinal))
        {
            return $"{path} est une clé au format PuTTY : convertissez-la au format OpenSSH (PuTTYgen, menu Conversions > Export OpenSSH key, sans phrase de passe)";
        }

        var protectedReason = $"la clé privée {path} est protégée par une phrase de passe, que le mode non interactif de sftp ne peut pas saisir : " +
                              "créez une clé dédiée sans phrase de passe (ssh-keygen -t ed25519 -N \"\" -f cle_entsync), lisible par le seul compte du service";
        if (trimmed.StartsWith(OpenSshBegin, StringComparison.Ordinal))
        {
            return OpenSshCipher(trimmed) switch
            {
                null => $"{path} n'est pas une clé privée OpenSSH lisible (fichier tronqué ou modifié ?)",
                "none" => Permissions(path),
                _ => protectedReason,
            };
        }

        if (trimmed.StartsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal)
            || (trimmed.StartsWith("-----BEGIN ", StringComparison.Ordinal) && text.Contains("Proc-Type: 4,ENCRYPTED", StringComparison.Ordinal)))
        {
            return protectedReason;
        }

        if (trimmed.StartsWith("-----BEGIN ", StringComparison.Ordinal) && trimmed.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            return Permissions(path);
        }

        return $"{path} n'est pas une clé privée SSH (attendu : un fichier qui commence par {OpenSshBegin})";
    }

    /// <summary>The cipher that protects an OpenSSH key ("none" when it has no passphrase); null when the file is not one.</summary>
    public static string? OpenSshCipher(string text)
    {
        var start = text.IndexOf(OpenSshBegin, StringComparison.Ordinal);
        var end = text.IndexOf(OpenSshEnd, StringComparison.Ordinal);
        if (start < 0 || end < start) return null;
        var body = text[(start + OpenSshBegin.Length)..end].Replace("\r", "").Replace("\n", "").Trim();
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(body);
        }
        catch (FormatException)
        {
            return null;
        }

        if (bytes.Length < OpenSshMagic.Length + 4 || !bytes.AsSpan(0, OpenSshMagic.Length).SequenceEqual(OpenSshMagic)) return null;
        var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(OpenSshMagic.Length));
        var offset = OpenSshMagic.Length + 4;
        if (length == 0 || length > 64 || offset + length > bytes.Length) return null;
        return Encoding.ASCII.GetString(bytes, offset, (int)length);
    }

    // ssh itself refuses a key of its own account that others may read ("UNPROTECTED PRIVATE KEY FILE").
    private static string? Permissions(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        var mode = File.GetUnixFileMode(path);
        return (mode & OthersAccess) == 0
            ? null
            : $"la clé privée {path} est lisible par d'autres comptes que celui du service (ssh la refuse) : chmod 600 {path}, propriétaire le compte du service";
    }
}

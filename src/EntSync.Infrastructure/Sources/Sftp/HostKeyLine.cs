using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// A server's public host key as known_hosts writes it: <c>[host]:port ssh-ed25519 AAAA…</c>, or the key alone
/// (<c>ssh-ed25519 AAAA…</c>). <see cref="Fingerprint"/> is what <c>ssh-keygen -lf</c> and the server's administrator show.
/// </summary>
internal sealed record HostKeyLine(string? HostPattern, string KeyType, string KeyBase64)
{
    private static readonly string[] KeyTypePrefixes = ["ssh-ed25519", "ssh-ed448", "ssh-rsa", "ssh-dss", "ecdsa-sha2-", "sk-ssh-ed25519", "sk-ecdsa-sha2-"];

    /// <summary><c>SHA256:</c> and the unpadded base64 of the key's SHA-256, exactly as OpenSSH prints it.</summary>
    public string Fingerprint =>
        "SHA256:" + Convert.ToBase64String(SHA256.HashData(Convert.FromBase64String(KeyBase64))).TrimEnd('=');

    /// <summary>A key line, with or without its host part; null for anything else (a file path, a comment, a truncated key).</summary>
    public static HostKeyLine? TryParse(string text)
    {
        var fields = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length >= 2 && IsKeyType(fields[0])) return Checked(null, fields[0], fields[1]);
        // "@revoked" and "@cert-authority" lines are not a pinned key.
        if (fields.Length >= 3 && !fields[0].StartsWith('@') && IsKeyType(fields[1])) return Checked(fields[0], fields[1], fields[2]);
        return null;
    }

    /// <summary>The host part ssh looks for: <c>host</c> on port 22, <c>[host]:port</c> otherwise (lower case, as ssh compares).</summary>
    public static string Pattern(string host, int port)
    {
        var name = host.Trim().ToLowerInvariant();
        return port is 22 or 0 ? name : $"[{name}]:{port}";
    }

    public string ToKnownHostsLine(string host, int port) => $"{Pattern(host, port)} {KeyType} {KeyBase64}";

    private static bool IsKeyType(string field) => KeyTypePrefixes.Any(p => field.StartsWith(p, StringComparison.Ordinal));

    // The blob starts with its own type name: a key pasted under the wrong type or cut short is refused here.
    private static HostKeyLine? Checked(string? host, string type, string base64)
    {
        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }

        if (blob.Length < 4) return null;
        var length = BinaryPrimitives.ReadUInt32BigEndian(blob);
        if (length > blob.Length - 4 || Encoding.ASCII.GetString(blob, 4, (int)length) != type) return null;
        return new HostKeyLine(host, type, base64);
    }
}

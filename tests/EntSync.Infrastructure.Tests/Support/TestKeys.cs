using System.Buffers.Binary;
using System.Text;

namespace EntSync.Infrastructure.Tests.Support;

/// <summary>Key files for tests that read them without using them (no ssh-keygen needed).</summary>
internal static class TestKeys
{
    /// <summary>A throw-away ed25519 public key (the blob is well formed; nobody holds its private half here).</summary>
    public const string PublicKeyLine = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFL0XHQAhoA+St1v4IccbYwakRU54/DtZeaobyaETG8H";

    /// <summary>The start of an OpenSSH private key file: magic, cipher name ("none" = no passphrase), kdf name, padding.</summary>
    public static string OpenSshPrivateKey(string cipher = "none")
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes("openssh-key-v1\0"));
        foreach (var field in new[] { cipher, cipher == "none" ? "none" : "bcrypt" })
        {
            var length = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)field.Length);
            bytes.AddRange(length);
            bytes.AddRange(Encoding.ASCII.GetBytes(field));
        }

        bytes.AddRange(new byte[64]);
        return $"-----BEGIN OPENSSH PRIVATE KEY-----\n{Convert.ToBase64String(bytes.ToArray(), Base64FormattingOptions.InsertLineBreaks)}\n-----END OPENSSH PRIVATE KEY-----\n";
    }

    /// <summary>Writes a key file readable by its owner only, as ssh wants it.</summary>
    public static string WritePrivate(string path, string content)
    {
        File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }
}

using EntSync.Infrastructure.Sources.Sftp;
using EntSync.Infrastructure.Tests.Support;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Sources.Sftp;

public sealed class PrivateKeyFileTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Key(string content, UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite)
    {
        var path = folder.Write($"cle-{Guid.NewGuid():N}", content);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, mode);
        return path;
    }

    [Fact]
    public void Problem_OpenSshKeyWithoutPassphrase_None()
    {
        Assert.Null(PrivateKeyFile.Problem(Key(TestKeys.OpenSshPrivateKey("none"))));
    }

    [Theory]
    [InlineData("aes256-ctr")]
    [InlineData("aes256-gcm@openssh.com")]
    public void Problem_OpenSshKeyWithPassphrase_RefusedWithTheReason(string cipher)
    {
        var problem = PrivateKeyFile.Problem(Key(TestKeys.OpenSshPrivateKey(cipher)));

        Assert.Contains("protégée par une phrase de passe", problem);
        Assert.Contains("le mode non interactif de sftp ne peut pas saisir", problem);
        Assert.Contains("ssh-keygen -t ed25519 -N \"\"", problem);
    }

    [Theory]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----\n")]
    [InlineData("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n")]
    public void Problem_PemKeyWithPassphrase_Refused(string content)
    {
        Assert.Contains("phrase de passe", PrivateKeyFile.Problem(Key(content)));
    }

    [Fact]
    public void Problem_PemKeyWithoutPassphrase_None()
    {
        Assert.Null(PrivateKeyFile.Problem(Key("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n")));
    }

    [Theory]
    [InlineData("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFL0XHQAhoA+St1v4IccbYwakRU54/DtZeaobyaETG8H moi@poste", "clé publique")]
    [InlineData("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n", "format PuTTY")]
    [InlineData("motdepasse", "n'est pas une clé privée SSH")]
    [InlineData("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n", "tronqué")]
    public void Problem_NotAUsablePrivateKey_Explained(string content, string fragment)
    {
        Assert.Contains(fragment, PrivateKeyFile.Problem(Key(content)));
    }

    [Fact]
    public void Problem_MissingFile_Named()
    {
        Assert.Contains("clé privée introuvable", PrivateKeyFile.Problem(folder.Combine("absente")));
    }

    [Fact]
    public void Problem_KeyOthersCanRead_RefusedWithTheChmod()
    {
        if (OperatingSystem.IsWindows()) return; // ACLs there: the installer sets them.
        var path = Key(TestKeys.OpenSshPrivateKey("none"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Assert.Contains($"chmod 600 {path}", PrivateKeyFile.Problem(path));
    }

    [ServerFact("sshd")]
    public void Problem_RealKeysOfTheTestServer_OnlyThePassphraseOneRefused()
    {
        Assert.Null(PrivateKeyFile.Problem(TestServers.Get("SSHD_KEY")));
        Assert.Contains("phrase de passe", PrivateKeyFile.Problem(TestServers.Get("SSHD_KEY_PASSPHRASE_PROTECTED")));
    }
}

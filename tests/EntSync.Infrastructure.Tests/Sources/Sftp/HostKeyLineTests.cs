using EntSync.Infrastructure.Sources.Sftp;

namespace EntSync.Infrastructure.Tests.Sources.Sftp;

public sealed class HostKeyLineTests
{
    // A throw-away ed25519 host key and the fingerprint ssh-keygen -lf printed for it.
    private const string Key = "AAAAC3NzaC1lZDI1NTE5AAAAIFL0XHQAhoA+St1v4IccbYwakRU54/DtZeaobyaETG8H";
    private const string Fingerprint = "SHA256:HirQhbxuRWLxivfTTraNpJgh0kGkNjjAm84+AdNh0iw";

    [Theory]
    [InlineData("ssh-ed25519 " + Key, null)]
    [InlineData("ssh-ed25519 " + Key + " commentaire", null)]
    [InlineData("[127.0.0.1]:2222 ssh-ed25519 " + Key, "[127.0.0.1]:2222")]
    [InlineData("  sftp.exemple.fr\tssh-ed25519 " + Key, "sftp.exemple.fr")]
    public void TryParse_KeyLines_KeyAndHostRead(string text, string? host)
    {
        var line = HostKeyLine.TryParse(text);

        Assert.NotNull(line);
        Assert.Equal((host, "ssh-ed25519", Key), (line.HostPattern, line.KeyType, line.KeyBase64));
        Assert.Equal(Fingerprint, line.Fingerprint);
    }

    [Theory]
    [InlineData("/etc/entsync/known_hosts")]
    [InlineData(@"C:\ProgramData\EntSync\ssh\known_hosts")]
    [InlineData("ssh-rsa " + Key)]
    [InlineData("ssh-ed25519 AAAAC3NzaC1lZDI1")]
    [InlineData("ssh-ed25519 pas-du-base64!")]
    [InlineData("@revoked * ssh-ed25519 " + Key)]
    [InlineData("# [127.0.0.1]:2222 SSH-2.0-OpenSSH_9.2p1")]
    [InlineData("")]
    public void TryParse_AnythingElse_Null(string text)
    {
        Assert.Null(HostKeyLine.TryParse(text));
    }

    [Theory]
    [InlineData("SFTP.Exemple.fr", 22, "sftp.exemple.fr")]
    [InlineData("sftp.exemple.fr", 0, "sftp.exemple.fr")]
    [InlineData("127.0.0.1", 2222, "[127.0.0.1]:2222")]
    public void Pattern_AsSshLooksItUp(string host, int port, string expected)
    {
        Assert.Equal(expected, HostKeyLine.Pattern(host, port));
    }

    [Fact]
    public void ToKnownHostsLine_KeyAloneGivenAHost_WrittenForThatHostAndPort()
    {
        var line = HostKeyLine.TryParse("[ailleurs]:22 ssh-ed25519 " + Key)!;

        Assert.Equal("[127.0.0.1]:2222 ssh-ed25519 " + Key, line.ToKnownHostsLine("127.0.0.1", 2222));
    }
}

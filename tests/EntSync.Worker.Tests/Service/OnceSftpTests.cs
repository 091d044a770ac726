using EntSync.Generator;
using EntSync.Tests.Shared;
using EntSync.Worker.Tests.Cli;

namespace EntSync.Worker.Tests.Service;

/// <summary><c>entsync once</c> with an sftp source on the test sshd: the service's own wiring from the config file.</summary>
public sealed class OnceSftpTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("entsync-once-sftp-").FullName;
    private readonly string drop;
    private readonly string uai;

    public OnceSftpTests()
    {
        drop = Path.Combine(TestServers.Get("SSHD_DROP"), $"once-{Guid.NewGuid():N}");
        Directory.CreateDirectory(drop);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(drop, (UnixFileMode)0b111_111_111);
        uai = SchoolGenerator.Generate(new GeneratorOptions { Pupils = 30, Seed = 4 }, drop).Schools[0].Uai;
    }

    public void Dispose()
    {
        Directory.Delete(root, recursive: true);
        if (Directory.Exists(drop)) Directory.Delete(drop, recursive: true);
    }

    private string Config(string cleHote)
    {
        var path = Path.Combine(root, "entsync.json");
        var remote = $"{TestServers.Get("SSHD_DROP_REMOTE")}/{Path.GetFileName(drop)}";
        File.WriteAllText(path, $$"""
            {
              "etablissements": [ { "uai": "{{uai}}" } ],
              "sources": [ { "nom": "rectorat", "type": "sftp", "hote": "127.0.0.1", "port": {{TestServers.Get("SSHD_PORT")}},
                             "utilisateur": "{{TestServers.Get("SSHD_USER")}}", "chemin": "{{remote}}", "clePrivee": "{{TestServers.Get("SSHD_KEY")}}",
                             "cleHote": "{{cleHote}}", "stabiliteSecondes": 1 } ],
              "donnees": { "dossier": "donnees" }
            }
            """);
        return path;
    }

    [ServerFact("sshd")]
    public void Once_SftpSource_TakesEveryFileAndMovesItToTraitesOnTheServer()
    {
        var dropped = Directory.GetFiles(drop).Length;

        var (exit, output, error) = CliRunner.Run("once", "--config", Config(TestServers.Get("SSHD_HOST_KEY_LINE")));

        Assert.True(exit == 0, output + error);
        Assert.Contains($"Fichiers reçus : {dropped} ({dropped} lu(s) et archivé(s), 0 mis en quarantaine)", output);
        Assert.Empty(Directory.GetFiles(drop));
        Assert.Equal(dropped, Directory.GetFiles(Path.Combine(drop, "traites")).Length);
    }

    [ServerFact("sshd")]
    public void Once_WrongHostKey_SourceFailedWithTheFixAndNothingTaken()
    {
        var (exit, output, error) = CliRunner.Run("once", "--config", Config("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE9sZCBrZXkgZm9yIHRoZSB0ZXN0cyBvbmx5IDEyMzQ1"));

        Assert.Equal(1, exit);
        Assert.Contains("rectorat", output + error);
        Assert.Contains("entsync sftp trust 127.0.0.1:", output + error);
        Assert.NotEmpty(Directory.GetFiles(drop));
    }
}

using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Tests.Support;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Configuration;

/// <summary>An "sftp" source in the configuration file: paths, validation, French messages.</summary>
public sealed class SftpSourceConfigTests : IDisposable
{
    private readonly ConfigFolder folder = new();

    public SftpSourceConfigTests()
    {
        Directory.CreateDirectory(Path.Combine(folder.ConfigDirectory, "ssh"));
        TestKeys.WritePrivate(Path.Combine(folder.ConfigDirectory, "ssh", "cle_entsync"), TestKeys.OpenSshPrivateKey());
        File.WriteAllText(Path.Combine(folder.ConfigDirectory, "ssh", "known_hosts"), $"[sftp.ac-exemple.fr]:2222 {TestKeys.PublicKeyLine}\n");
    }

    public void Dispose() => folder.Dispose();

    private ConfigLoadResult Check(string source) =>
        folder.Check($$"""{ "etablissements": [ { "uai": "7699007L" } ], "sources": [ {{source}} ], "donnees": { "dossier": "../data" } }""");

    private static string Sftp(string extra = "", string cleHote = "ssh/known_hosts") =>
        $$"""{ "nom": "sftp-rectorat", "type": "sftp", "hote": "sftp.ac-exemple.fr", "port": 2222, "utilisateur": "college", "chemin": "/depot", "clePrivee": "ssh/cle_entsync", "cleHote": "{{cleHote}}" {{extra}} }""";

    [Fact]
    public void Load_KeyPathsRelativeToTheConfigFile_RemoteFolderKeptAsWritten()
    {
        var result = folder.Load($$"""{ "etablissements": [ { "uai": "7699007L" } ], "sources": [ {{Sftp()}} ] }""");

        var source = result.Config!.Options.Sources[0];
        Assert.Equal(Path.Combine(folder.ConfigDirectory, "ssh", "cle_entsync"), source.ClePrivee);
        Assert.Equal(Path.Combine(folder.ConfigDirectory, "ssh", "known_hosts"), source.CleHote);
        Assert.Equal("/depot", source.Chemin);
    }

    [Fact]
    public void Load_CleHoteGivenAsTheKeyLine_KeptAsWritten()
    {
        var result = folder.Load($$"""{ "etablissements": [ { "uai": "7699007L" } ], "sources": [ {{Sftp(cleHote: TestKeys.PublicKeyLine)}} ] }""");

        Assert.Equal(TestKeys.PublicKeyLine, result.Config!.Options.Sources[0].CleHote);
    }

    [Theory]
    [InlineData("ssh/known_hosts")]
    [InlineData(TestKeys.PublicKeyLine)]
    [InlineData("[sftp.ac-exemple.fr]:2222 " + TestKeys.PublicKeyLine)]
    public void Validate_CompleteSftpSource_Valid(string cleHote)
    {
        var result = Check(Sftp(cleHote: cleHote));

        ConfigAssert.NoErrors(result);
        Assert.DoesNotContain(result.Problems, p => p.Path.StartsWith("sources[0].chemin", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NothingButTheType_EveryMissingValueNamed()
    {
        var result = Check("""{ "nom": "sftp", "type": "sftp" }""");

        ConfigAssert.Error(result, "sources[0].hote", "valeur requise");
        ConfigAssert.Error(result, "sources[0].utilisateur", "valeur requise");
        ConfigAssert.Error(result, "sources[0].chemin", "dossier de dépôt sur le serveur");
        ConfigAssert.Error(result, "sources[0].clePrivee", "valeur requise", "aucun mot de passe");
        ConfigAssert.Error(result, "sources[0].cleHote", "valeur requise", "entsync sftp trust");
    }

    [Fact]
    public void Validate_Password_RefusedSayingKeyOnly()
    {
        var result = Check(Sftp(""", "motDePasse": "motdepasse" """));

        ConfigAssert.Error(result, "sources[0].motDePasse", "pas de mot de passe en sftp", "clé");
    }

    [Fact]
    public void Validate_KeyWithAPassphrase_RefusedSayingBatchModeCannotTypeIt()
    {
        TestKeys.WritePrivate(Path.Combine(folder.ConfigDirectory, "ssh", "cle_entsync"), TestKeys.OpenSshPrivateKey("aes256-ctr"));

        var result = Check(Sftp());

        ConfigAssert.Error(result, "sources[0].clePrivee", "protégée par une phrase de passe", "mode non interactif");
    }

    [ServerFact("sshd")]
    public void Validate_TheTestServersPassphraseKey_Refused()
    {
        var key = TestServers.Get("SSHD_KEY_PASSPHRASE_PROTECTED").Replace("\\", "\\\\");

        var result = Check(Sftp().Replace("\"clePrivee\": \"ssh/cle_entsync\"", $"\"clePrivee\": \"{key}\""));

        ConfigAssert.Error(result, "sources[0].clePrivee", "phrase de passe");
    }

    [Theory]
    [InlineData("sftp://sftp.ac-exemple.fr", "hote")]
    [InlineData("-oProxyCommand=x", "hote")]
    public void Validate_HostThatIsNotAName_Refused(string hote, string key)
    {
        var result = Check(Sftp().Replace("\"hote\": \"sftp.ac-exemple.fr\"", $"\"hote\": \"{hote}\""));

        ConfigAssert.Error(result, $"sources[0].{key}", "nom de serveur invalide");
    }

    [Fact]
    public void Validate_CleHoteNeitherALineNorAFile_ToldToRunTrust()
    {
        var result = Check(Sftp(cleHote: "ssh/absent"));

        ConfigAssert.Error(result, "sources[0].cleHote", "ni une ligne de clé", "entsync sftp trust");
    }

    [Fact]
    public void Validate_KnownHostsFileWithoutAnyKey_Refused()
    {
        File.WriteAllText(Path.Combine(folder.ConfigDirectory, "ssh", "known_hosts"), "# vide\n");

        ConfigAssert.Error(Check(Sftp()), "sources[0].cleHote", "aucune clé d'hôte");
    }

    [Fact]
    public void Validate_KeyLineRecordedForAnotherHost_Warning()
    {
        var result = Check(Sftp(cleHote: "autre.exemple.fr " + TestKeys.PublicKeyLine));

        ConfigAssert.NoErrors(result);
        ConfigAssert.Warning(result, "sources[0].cleHote", "« autre.exemple.fr »", "« [sftp.ac-exemple.fr]:2222 »");
    }

    [Fact]
    public void Validate_LocalFolderChecks_NotAppliedToTheRemoteFolder()
    {
        var result = Check(Sftp().Replace("\"chemin\": \"/depot\"", "\"chemin\": \"Z:\\\\depot\""));

        ConfigAssert.NoErrors(result);
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("lecteur réseau", StringComparison.Ordinal));
    }
}

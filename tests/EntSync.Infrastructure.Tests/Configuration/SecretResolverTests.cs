using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Tests.Configuration;

public sealed class SecretResolverTests : IDisposable
{
    private const string Json = """{ "donnees": { "dossier": "../data" }, "etablissements": [ { "uai": "7699007L", "nom": "secret:NOM_ETAB" } ] }""";

    private readonly ConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_SecretFromEnvironment_ReplacesTheValue()
    {
        var result = _folder.Load(Json, ("ENTSYNC_SECRET_NOM_ETAB", "valeur-env"));

        Assert.Empty(result.Problems);
        Assert.Equal("valeur-env", result.Config!.Options.Etablissements[0].Nom);
    }

    [Fact]
    public void Load_SecretFromTheDataDirectoryStore_ReplacesTheValueWithoutTheTrailingNewline()
    {
        var secrets = Directory.CreateDirectory(Path.Combine(_folder.Root, "data", "secrets")).FullName;
        File.WriteAllText(Path.Combine(secrets, "NOM_ETAB"), "valeur-fichier\n");

        var result = _folder.Load(Json);

        Assert.Empty(result.Problems);
        Assert.Equal("valeur-fichier", result.Config!.Options.Etablissements[0].Nom);
    }

    [Fact]
    public void Load_SecretFromEnvironment_WinsOverTheFile()
    {
        var secrets = Directory.CreateDirectory(Path.Combine(_folder.Root, "data", "secrets")).FullName;
        File.WriteAllText(Path.Combine(secrets, "NOM_ETAB"), "valeur-fichier");

        var result = _folder.Load(Json, ("ENTSYNC_SECRET_NOM_ETAB", "valeur-env"));

        Assert.Equal("valeur-env", result.Config!.Options.Etablissements[0].Nom);
    }

    [Fact]
    public void Load_MissingSecret_NamesThePathTheVariableAndTheFile()
    {
        var result = _folder.Load(Json);

        ConfigAssert.Error(result, "etablissements[0].nom", "secret « NOM_ETAB » introuvable", "ENTSYNC_SECRET_NOM_ETAB",
            Path.Combine(_folder.Root, "data", "secrets", "NOM_ETAB"));
    }

    [Fact]
    public void Load_SecretNameWithAPathInIt_IsRefused()
    {
        var result = _folder.Load("""{ "donnees": { "dossier": "../data" }, "etablissements": [ { "uai": "7699007L", "nom": "secret:../../etc/passwd" } ] }""");

        ConfigAssert.Error(result, "etablissements[0].nom", "nom de secret invalide");
    }

    [Fact]
    public void Load_SecretFolder_IsResolvedBeforeBeingTakenForARelativePath()
    {
        var result = _folder.Load("""{ "sources": [ { "nom": "a", "chemin": "secret:DEPOT" } ] }""", ("ENTSYNC_SECRET_DEPOT", _folder.DropDirectory));

        Assert.Empty(result.Problems);
        Assert.Equal(_folder.DropDirectory, result.Config!.Options.Sources[0].Chemin);
    }

    [Fact]
    public void Load_DpapiProtectedSecretOffWindows_SaysItWasEncryptedForWindows()
    {
        if (OperatingSystem.IsWindows()) return; // on Windows the same file is decrypted (needs a Windows machine)
        var secrets = Directory.CreateDirectory(Path.Combine(_folder.Root, "data", "secrets")).FullName;
        File.WriteAllText(Path.Combine(secrets, "NOM_ETAB"), SecretStore.DpapiPrefix + "AQAAANCMnd8BFdERjHoAwE/Cl+s=");

        var result = _folder.Load(Json);

        ConfigAssert.Error(result, "etablissements[0].nom", "illisible", "chiffré pour Windows (DPAPI)", "entsync secret set");
        Assert.DoesNotContain("AQAAANCM", string.Join(" ", result.Problems.Select(p => p.Message)));
    }

    [Theory]
    [InlineData("MOT_DE_PASSE_SFTP", true)]
    [InlineData("jeton2", true)]
    [InlineData("", false)]
    [InlineData("a b", false)]
    [InlineData("../x", false)]
    [InlineData("MOT-DE-PASSE", false)]
    [InlineData("ÉCOLE", false)]
    public void IsValidName_OnlyLettersDigitsAndUnderscore(string name, bool valid) => Assert.Equal(valid, SecretStore.IsValidName(name));

    [Fact]
    public void IsValidName_LongerThan64_IsRefused()
    {
        Assert.True(SecretStore.IsValidName(new string('A', 64)));
        Assert.False(SecretStore.IsValidName(new string('A', 65)));
    }
}

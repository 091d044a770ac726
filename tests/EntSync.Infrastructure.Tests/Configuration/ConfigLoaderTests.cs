using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Tests.Configuration;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly ConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_CommentsTrailingCommasAndUnderscoreKeys_AreAccepted()
    {
        var result = _folder.Load(ConfigFolder.ValidJson);

        Assert.Empty(result.Problems);
        Assert.Equal("7699007L", result.Config!.Options.Etablissements.Single().Uai);
        Assert.Equal("conserver", result.Config.Options.Sources.Single().ApresTraitement);
        Assert.Equal(90, result.Config.Options.Donnees.RetentionJours);
    }

    [Fact]
    public void Load_UnknownKeyInAListItem_NamesItsPathAndThePossibleKeys()
    {
        var result = _folder.Load("""{ "sources": [ { "nom": "a", "chemn": "x" } ] }""");

        ConfigAssert.Error(result, "sources[0].chemn", "clé inconnue", "clés possibles : nom, type, chemin,");
        Assert.False(result.IsValid);
        Assert.False(result.FileUnusable);
    }

    [Fact]
    public void Load_KeysAreCaseSensitive()
    {
        var result = _folder.Load("""{ "Etablissements": [] }""");

        ConfigAssert.Error(result, "Etablissements", "clé inconnue", "etablissements");
    }

    [Fact]
    public void Load_ValueOfTheWrongKind_NamesItsPathAndTheExpectedKind()
    {
        var result = _folder.Load("""{ "donnees": { "retentionJours": "quatre-vingt-dix" }, "sources": { "nom": "a" }, "controles": { "codesDesactives": "X" } }""");

        ConfigAssert.Error(result, "donnees.retentionJours", "nombre entier", "quatre-vingt-dix");
        ConfigAssert.Error(result, "sources", "liste");
        ConfigAssert.Error(result, "controles.codesDesactives", "liste");
    }

    [Fact]
    public void Load_YearWithoutQuotes_IsReadAsText()
    {
        var result = _folder.Load("""{ "etablissements": [ { "uai": "7699007L", "anneeScolaire": 2026 } ] }""");

        Assert.Empty(result.Problems);
        Assert.Equal("2026", result.Config!.Options.Etablissements[0].AnneeScolaire);
    }

    [Fact]
    public void Load_MalformedJson_IsUnusableWithFrenchLineAndColumn()
    {
        var result = _folder.Load("{\n  \"donnees\": { \"dossier\": \"é\" \"retentionJours\": 3 }\n}");

        Assert.True(result.FileUnusable);
        Assert.Null(result.Config);
        var message = Assert.Single(result.Problems).Message;
        Assert.Contains("n'est pas un JSON valide, ligne 2, colonne 31", message);
    }

    [Fact]
    public void Load_DuplicateKey_IsUnusableAndSaysWhere()
    {
        var result = _folder.Load("{\n  \"donnees\": { \"retentionJours\": 3, \"retentionJours\": 4 }\n}");

        Assert.True(result.FileUnusable);
        Assert.Contains("la clé « retentionJours » apparaît deux fois dans le même objet (ligne 2, colonne 37)", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Load_MissingFile_IsUnusable()
    {
        var result = new ConfigLoader(_folder.Platform()).Load(Path.Combine(_folder.Root, "absent.json"));

        Assert.True(result.FileUnusable);
        Assert.Contains("introuvable", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Load_RelativePaths_AreResolvedAgainstTheConfigFolderNotTheWorkingDirectory()
    {
        var result = _folder.Load(ConfigFolder.ValidJson);

        Assert.Equal(_folder.DropDirectory, result.Config!.Options.Sources[0].Chemin);
        Assert.Equal(Path.Combine(_folder.Root, "data"), result.Config.DataDirectory);
        Assert.Equal(result.Config.DataDirectory, result.Config.Options.Donnees.Dossier);
        Assert.NotEqual(Environment.CurrentDirectory, _folder.ConfigDirectory);
    }

    [Fact]
    public void Load_EmptyDataDirectory_IsThePlatformDefault()
    {
        var linux = _folder.Load("""{ "donnees": { "dossier": "" } }""");
        var windows = new ConfigLoader(new ConfigPlatform(new Dictionary<string, string>(), _folder.Root, true, @"C:\ProgramData"))
            .Load(_folder.ConfigFile);

        Assert.Equal("/var/lib/entsync", linux.Config!.DataDirectory);
        Assert.Equal(@"C:\ProgramData\EntSync", windows.Config!.DataDirectory);
    }

    [Fact]
    public void Load_WindowsDrivePath_IsKeptAsWritten()
    {
        var result = _folder.Load("""{ "sources": [ { "nom": "a", "chemin": "Z:\\depot" } ] }""");

        Assert.Equal(@"Z:\depot", result.Config!.Options.Sources[0].Chemin);
    }

    [Fact]
    public void Load_EnvironmentOverride_ReplacesANestedKeyWhateverItsCase()
    {
        var result = _folder.Load(ConfigFolder.ValidJson, ("ENTSYNC__DONNEES__RETENTIONJOURS", "30"), ("ENTSYNC__journalisation__niveau", "Debug"));

        Assert.Empty(result.Problems);
        Assert.Equal(30, result.Config!.Options.Donnees.RetentionJours);
        Assert.Equal("Debug", result.Config.Options.Journalisation.Niveau);
        Assert.Equal("ENTSYNC__DONNEES__RETENTIONJOURS", result.Config.OverriddenBy["donnees.retentionJours"]);
    }

    [Fact]
    public void Load_EnvironmentOverride_ReplacesAListItemAndResolvesItAgainstTheConfigFolder()
    {
        var other = Directory.CreateDirectory(Path.Combine(_folder.Root, "autre")).FullName;

        var result = _folder.Load(ConfigFolder.ValidJson, ("ENTSYNC__SOURCES__0__CHEMIN", "../autre"));

        Assert.Empty(result.Problems);
        Assert.Equal(other, result.Config!.Options.Sources.Single().Chemin);
        Assert.Equal("depot", result.Config.Options.Sources[0].Nom);
    }

    [Fact]
    public void Load_EnvironmentOverride_IndexEqualToTheLengthAppendsAnItem()
    {
        var result = _folder.Load(ConfigFolder.ValidJson,
            ("ENTSYNC__SOURCES__1__NOM", "second"), ("ENTSYNC__SOURCES__1__CHEMIN", "/tmp"),
            ("ENTSYNC__CONTROLES__CODESDESACTIVES__0", "EXPORT-PARTIEL"));

        Assert.Empty(result.Problems);
        Assert.Equal(["depot", "second"], result.Config!.Options.Sources.Select(s => s.Nom));
        Assert.Equal("/tmp", result.Config.Options.Sources[1].Chemin);
        Assert.Equal(["EXPORT-PARTIEL"], result.Config.Options.Controles.CodesDesactives);
    }

    [Fact]
    public void Load_EnvironmentOverride_UnknownKeyOrBadIndexOrWholeSection_AreErrorsNamingTheVariable()
    {
        var result = _folder.Load(ConfigFolder.ValidJson,
            ("ENTSYNC__DONNEES__DOSIER", "x"), ("ENTSYNC__SOURCES__5__NOM", "x"), ("ENTSYNC__PLANIFICATION", "x"));

        ConfigAssert.Error(result, "donnees.dosier", "ENTSYNC__DONNEES__DOSIER", "clé inconnue", "dossier, retentionJours");
        ConfigAssert.Error(result, "sources", "ENTSYNC__SOURCES__5__NOM", "de 0 à 1");
        ConfigAssert.Error(result, "planification", "ENTSYNC__PLANIFICATION", "section entière");
    }

    [Fact]
    public void Load_EnvironmentOverride_BadValue_IsReportedByCheckWithTheVariable()
    {
        var result = _folder.Check(ConfigFolder.ValidJson, ("ENTSYNC__DONNEES__RETENTIONJOURS", "0"));

        ConfigAssert.Error(result, "donnees.retentionJours (ENTSYNC__DONNEES__RETENTIONJOURS)", "au moins 1");
    }

    [Fact]
    public void Load_OtherVariables_AreNotOverrides()
    {
        var result = _folder.Load(ConfigFolder.ValidJson, ("ENTSYNC_CONFIG", "/x.json"), ("ENTSYNC_SECRET_X", "s"), ("PATH", "/bin"));

        Assert.Empty(result.Problems);
        Assert.Empty(result.Config!.OverriddenBy);
    }
}

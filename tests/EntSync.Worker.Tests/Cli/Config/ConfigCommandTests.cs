using EntSync.Core.Tests.Support;

namespace EntSync.Worker.Tests.Cli.Config;

public sealed class ConfigCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entsync-configcmd-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(_dir, "entsync.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void ConfigCheck_RepositoryDemo_IsValidWithASummary()
    {
        var path = Path.Combine(Samples.Root, "config", "entsync.json");

        var (exit, output, error) = CliRunner.Run("config", "check", "--config", path);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith($"Configuration valide : {path}", output);
        Assert.Contains("Établissements : 1 (7699007L)", output);
        Assert.Contains($"depot-demo : dossier {Path.Combine(Samples.Root, "demo", "depot")}", output);
        Assert.Contains($"Dossier de données : {Path.Combine(Samples.Root, "var")}", output);
    }

    [Fact]
    public void ConfigCheck_Invalid_ListsEachErrorWithItsPathAndExitsOne()
    {
        var path = Write("""{ "etablissements": [ { "uai": "7699007L" } ], "sources": [ { "nom": "a", "chemn": "x" } ], "planification": { "rapport": "30 6 * * *" } }""");

        var (exit, output, _) = CliRunner.Run("config", "check", "--config", path);

        Assert.Equal(1, exit);
        Assert.StartsWith($"Configuration invalide : {path}", output);
        Assert.Contains("sources[0].chemn : clé inconnue (clés possibles : nom, type, chemin,", output);
        Assert.Contains("sources[0].chemin : valeur requise", output);
        Assert.Contains("planification.rapport : expression cron invalide « 30 6 * * * »", output);
    }

    [Fact]
    public void ConfigCheck_ValidWithWarnings_ExitsZeroAndPrintsThem()
    {
        var path = Write("""{ "etablissements": [ { "uai": "7699007A" } ], "donnees": { "dossier": "data" } }""");

        var (exit, output, _) = CliRunner.Run("config", "check", "--config", path);

        Assert.Equal(0, exit);
        Assert.Contains("Attention : etablissements[0].uai : la lettre de contrôle", output);
        Assert.Contains("Attention : sources : aucune source", output);
    }

    [Fact]
    public void ConfigCheck_MissingFile_ExitsTwoSayingHowThePathWasChosen()
    {
        var path = Path.Combine(_dir, "absent.json");

        var (exit, output, error) = CliRunner.Run("config", "check", "--config", path);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"Fichier de configuration introuvable : {path} (indiqué par --config)", error);
    }

    [Fact]
    public void ConfigCheck_MalformedJson_ExitsTwoWithLineAndColumn()
    {
        var path = Write("{\n  \"donnees\": {\n    \"dossier\": \"x\",\n    \"retentionJours\": 9O\n  }\n}");

        var (exit, _, error) = CliRunner.Run("config", "check", "--config", path);

        Assert.Equal(2, exit);
        Assert.Contains("n'est pas un JSON valide, ligne 4, colonne", error);
    }

    [Theory]
    [InlineData("config")]
    [InlineData("config", "verifier")]
    [InlineData("config", "check", "--fichier", "x")]
    [InlineData("config", "check", "x.json")]
    public void Config_BadUsage_Exits64(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(64, exit);
        Assert.Contains("Utilisation : entsync config check", error);
    }

    [Fact]
    public void Config_Help_IsFrenchAndListedInTheGeneralHelp()
    {
        var (exit, output, _) = CliRunner.Run("config", "--help");
        var (_, general, _) = CliRunner.Run("--help");

        Assert.Equal(0, exit);
        Assert.StartsWith("Utilisation : entsync config check", output);
        Assert.Contains("config     check : vérifie le fichier de configuration", general);
    }
}

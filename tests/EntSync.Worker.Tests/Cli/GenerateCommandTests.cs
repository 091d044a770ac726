using System.Text.Json;

namespace EntSync.Worker.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entsync-generate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Generate_ThenInspect_EveryFileIsReadWithTheGeneratedCounts()
    {
        var (exit, output, _) = CliRunner.Run("generate", "--pupils", "50", "--seed", "4", "--out", _dir);
        Assert.Equal(0, exit);
        Assert.Contains("50 élèves", output);

        var (inspectExit, json, _) = CliRunner.Run("inspect", _dir, "--json");

        Assert.Equal(0, inspectExit);
        using var doc = JsonDocument.Parse(json);
        var files = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(12, files.Count);
        Assert.All(files, f => Assert.True(f.GetProperty("ok").GetBoolean(), f.GetProperty("file").GetString()));
        string[] expected =
        [
            "EdtChiffre", "EdtClair", "EdtSts", "EdtTexte", "EleveGroupe", "SiecleCommun", "SiecleEleves", "SiecleNomenclatures",
            "SiecleResponsables", "SiecleStructures", "StsEmp", "Udt",
        ];
        Assert.Equal(expected, files.Select(f => f.GetProperty("kind").GetString()).Order(StringComparer.Ordinal).ToArray());
        var eleves = files.Single(f => f.GetProperty("kind").GetString() == "SiecleEleves");
        Assert.Equal(50, eleves.GetProperty("counts").GetProperty("eleves").GetInt32());
    }

    [Fact]
    public void Generate_SameSeedTwice_WritesIdenticalBytes()
    {
        var second = Path.Combine(_dir, "b");
        CliRunner.Run("generate", "--pupils", "30", "--seed", "9", "--out", Path.Combine(_dir, "a"));
        CliRunner.Run("generate", "--pupils", "30", "--seed", "9", "--out", second);

        foreach (var file in Directory.GetFiles(Path.Combine(_dir, "a")))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second, Path.GetFileName(file))));
        }
    }

    [Fact]
    public void Generate_AnomalyWithHistory_WritesThePreviousExportBeside()
    {
        var (exit, _, _) = CliRunner.Run("generate", "--pupils", "40", "--out", _dir, "--anomalies", "EDT-GROUPE-RENOMME");

        Assert.Equal(0, exit);
        Assert.True(Directory.Exists(Path.Combine(_dir, "precedent")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_dir, "precedent")));
    }

    [Fact]
    public void Generate_SeveralEstablishments_OneFolderPerUai()
    {
        CliRunner.Run("generate", "--pupils", "20", "--etablissements", "2", "--out", _dir);

        var folders = Directory.GetDirectories(_dir).Select(Path.GetFileName).ToList();
        Assert.Equal(2, folders.Count);
        Assert.All(folders, f => Assert.Matches("^[0-9]{7}[A-Z]$", f));
    }
}

using EntSync.Worker.Tests.Cli;

namespace EntSync.Worker.Tests.Service;

public sealed class OnceCommandTests : IDisposable
{
    private readonly ServiceFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Once_CleanSchool_TakesEveryFileWritesTheReportAndExitsZero()
    {
        var dropped = Directory.GetFiles(_folder.Depot).Length;

        var (exit, output, error) = CliRunner.Run("once", "--config", _folder.ConfigPath);

        Assert.True(exit == 0, output + error);
        Assert.Contains($"Fichiers reçus : {dropped} ({dropped} lu(s) et archivé(s), 0 mis en quarantaine)", output);
        Assert.Contains("Tout va bien", output);
        Assert.True(File.Exists(Path.Combine(_folder.Data, "rapports", $"{_folder.Uai}_dernier.html")));
    }

    [Fact]
    public void Once_RunTwice_SecondRunSaysNothingNew()
    {
        CliRunner.Run("once", "--config", _folder.ConfigPath);

        var (_, output, _) = CliRunner.Run("once", "--config", _folder.ConfigPath);

        Assert.Contains("Aucun nouveau fichier", output);
    }

    [Fact]
    public void Once_BrokenFile_IsQuarantinedAndTheRunExitsOne()
    {
        File.WriteAllText(Path.Combine(_folder.Depot, "copie.xml"), "<STS_EDT><PARAMETRES>");

        var (exit, output, _) = CliRunner.Run("once", "--config", _folder.ConfigPath);

        Assert.Equal(1, exit);
        Assert.Contains("Quarantaine : copie.xml", output);
        Assert.Single(Directory.GetFiles(Path.Combine(_folder.Data, "quarantine"), "*.raison.txt"));
    }

    [Fact]
    public void Once_InvalidConfig_ExitsTwoNamingTheJsonPath()
    {
        File.WriteAllText(_folder.ConfigPath, File.ReadAllText(_folder.ConfigPath).Replace("\"chemin\"", "\"chemn\""));

        var (exit, _, error) = CliRunner.Run("once", "--config", _folder.ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("sources[0].chemn", error);
    }

    [Fact]
    public void Status_AfterARun_ListsTheRunTheSourceAndOpenAnomalies()
    {
        File.WriteAllText(Path.Combine(_folder.Depot, "copie.xml"), "<STS_EDT><PARAMETRES>");
        CliRunner.Run("once", "--config", _folder.ConfigPath);

        var (exit, output, _) = CliRunner.Run("status", "--config", _folder.ConfigPath);

        Assert.Equal(0, exit);
        Assert.Contains("n°1", output);
        Assert.Contains("depot :", output);
        Assert.Contains("FICHIER-ILLISIBLE : 1", output);
    }
}

using EntSync.Worker.Tests.Cli;
using EntSync.Worker.Tests.Service;

namespace EntSync.Worker.Tests.Report;

public sealed class ReportCommandTests : IDisposable
{
    private readonly ServiceFolder _folder = new(pupils: 20);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Report_UnknownOption_BadUsage()
    {
        var (exit, _, error) = CliRunner.Run("report", "--envoyer");

        Assert.Equal(64, exit);
        Assert.Contains("Option inconnue : --envoyer", error);
    }

    [Fact]
    public void Report_AfterOnce_PrintsTheTextReportAndWritesTheHtml()
    {
        CliRunner.Run("once", "--config", _folder.ConfigPath);
        var html = Path.Combine(_folder.Root, "rapport.html");

        var (exit, output, _) = CliRunner.Run("report", "--config", _folder.ConfigPath, "--html", html);

        Assert.Contains(exit, new[] { 0, 1 });
        Assert.Contains($"EntSync – {_folder.Uai} Collège de test", output);
        Assert.Contains("== État des flux ==", output);
        Assert.Contains("<html lang=\"fr\">", File.ReadAllText(html));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder.Data, "rapports"), "*.eml"));
        Assert.False(File.Exists(Path.Combine(_folder.Data, "rapports", $"{_folder.Uai}_suivi.json")));
    }

    [Fact]
    public void ReportSend_NoMailServer_WritesEmlAndHtmlInRapportsAndMovesTheMark()
    {
        CliRunner.Run("once", "--config", _folder.ConfigPath);

        var (exit, output, _) = CliRunner.Run("report", "--send", "--config", _folder.ConfigPath);

        Assert.Contains(exit, new[] { 0, 1 });
        Assert.Contains("rapport écrit (pas d'envoi)", output);
        var rapports = Path.Combine(_folder.Data, "rapports");
        Assert.Single(Directory.GetFiles(rapports, $"{_folder.Uai}_*_tous.eml"));
        Assert.Single(Directory.GetFiles(rapports, $"{_folder.Uai}_*_tous.html"));
        Assert.True(File.Exists(Path.Combine(rapports, $"{_folder.Uai}_suivi.json")));
    }

    [Fact]
    public void Report_InvalidConfig_CouldNotRun()
    {
        File.WriteAllText(_folder.ConfigPath, """{ "etablissements": [], "messagerie": { "securite": "tls" } }""");

        var (exit, _, error) = CliRunner.Run("report", "--config", _folder.ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("messagerie.securite", error);
    }
}

using System.Text.Json;

namespace EntSync.Worker.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entsync-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<JsonElement> Anomalies(JsonDocument doc) => doc.RootElement.GetProperty("anomalies").EnumerateArray().ToList();

    [Fact]
    public void Check_PartialExportAgainstPrevious_ReportsExportPartielAndExitsOne()
    {
        CliRunner.Run("generate", "--pupils", "80", "--seed", "2", "--out", _dir, "--anomalies", "EXPORT-PARTIEL");

        var (exit, output, _) = CliRunner.Run("check", _dir, "--previous", Path.Combine(_dir, "precedent"), "--json");

        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.NotEqual(JsonValueKind.Null, doc.RootElement.GetProperty("uai").ValueKind);
        Assert.Equal(2026, doc.RootElement.GetProperty("schoolYear").GetInt32());
        var partial = Anomalies(doc).Where(a => a.GetProperty("code").GetString() == "EXPORT-PARTIEL").ToList();
        Assert.NotEmpty(partial);
        Assert.All(partial, a => Assert.Equal("Erreur", a.GetProperty("severity").GetString()));
        Assert.DoesNotContain(doc.RootElement.GetProperty("files").EnumerateArray(),
            f => f.GetProperty("file").GetString()!.Contains("precedent", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WithoutPrevious_ListsTheComparisonAsNotRun()
    {
        CliRunner.Run("generate", "--pupils", "40", "--out", _dir);

        var (_, output, _) = CliRunner.Run("check", _dir, "--json");

        using var doc = JsonDocument.Parse(output);
        var notRun = doc.RootElement.GetProperty("checksNotRun").EnumerateArray().ToList();
        Assert.Contains(notRun, c => c.GetProperty("code").GetString() == "EXPORT-PARTIEL"
                                     && c.GetProperty("reason").GetString()!.Contains("précédent", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnreadableFile_IsAnErreurInTheFrenchSummary()
    {
        CliRunner.Run("generate", "--pupils", "40", "--out", _dir);
        File.WriteAllText(Path.Combine(_dir, "casse.xml"), "<BEE_ELEVES><PARAMETRES>");

        var (exit, output, _) = CliRunner.Run("check", _dir);

        Assert.Equal(1, exit);
        Assert.Contains("[Erreur] FICHIER-ILLISIBLE", output);
        Assert.Contains("casse.xml", output);
        Assert.Contains("À faire :", output);
    }

    [Fact]
    public void Check_SeveralEstablishments_EachCheckedAloneAndAnomaliesCarryTheirUai()
    {
        CliRunner.Run("generate", "--pupils", "30", "--etablissements", "2", "--out", _dir);
        foreach (var uaiDir in Directory.GetDirectories(_dir)) File.WriteAllText(Path.Combine(uaiDir, "casse.xml"), "<STS_EDT>");

        var (_, output, _) = CliRunner.Run("check", _dir, "--json");

        using var doc = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("uai").ValueKind);
        var uais = Anomalies(doc).Select(a => a.GetProperty("uai").GetString()).ToList();
        Assert.All(uais, u => Assert.Matches("^[0-9]{7}[A-Z]$", u));
    }

    [Fact]
    public void Check_Html_WritesAStandalonePageWithEncodedContent()
    {
        CliRunner.Run("generate", "--pupils", "30", "--out", _dir);
        File.WriteAllText(Path.Combine(_dir, "<script>.xml"), "pas du xml");
        var html = Path.Combine(_dir, "..", Path.GetFileName(_dir) + ".html");

        CliRunner.Run("check", _dir, "--html", html);

        var page = File.ReadAllText(html);
        File.Delete(html);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("FICHIER-ILLISIBLE", page);
        Assert.Contains("&lt;script&gt;.xml", page);
        Assert.DoesNotContain("<script>", page);
    }

    [Fact]
    public void Check_PreviousFolder_ExcludesOnlyItsOwnFilesNotASiblingWithALongerName()
    {
        CliRunner.Run("generate", "--pupils", "30", "--out", Path.Combine(_dir, "precedent-bis"));
        Directory.CreateDirectory(Path.Combine(_dir, "precedent"));
        File.WriteAllText(Path.Combine(_dir, "precedent", "vieux.xml"), "<A/>");

        var (_, output, _) = CliRunner.Run("check", _dir, "--previous", Path.Combine(_dir, "precedent"), "--json");

        using var doc = JsonDocument.Parse(output);
        var files = doc.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString()!).ToList();
        Assert.Contains(files, f => f.Contains("precedent-bis", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.EndsWith("vieux.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MissingPath_ExitsTwo()
    {
        Assert.Equal(2, CliRunner.Run("check", Path.Combine(_dir, "absent")).Exit);
    }

    [Fact]
    public void Check_EmptyFolder_ExitsTwo()
    {
        var (exit, _, error) = CliRunner.Run("check", _dir);

        Assert.Equal(2, exit);
        Assert.Contains("Aucun fichier", error);
    }
}

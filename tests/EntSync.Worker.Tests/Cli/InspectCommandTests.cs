using System.Text.Json;

namespace EntSync.Worker.Tests.Cli;

public sealed class InspectCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entsync-inspect-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Inspect_MissingPath_ExitsTwoNamingIt()
    {
        var (exit, _, error) = CliRunner.Run("inspect", Path.Combine(_dir, "absent.xml"));

        Assert.Equal(2, exit);
        Assert.Contains("Chemin introuvable", error);
    }

    [Fact]
    public void Inspect_UnknownFileAsJson_GivesTheDocumentedShapeAndExitsOne()
    {
        var path = Write("facture.xml", "<FACTURE/>");

        var (exit, output, _) = CliRunner.Run("inspect", path, "--json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(path, item.GetProperty("file").GetString());
        Assert.Equal("Unknown", item.GetProperty("kind").GetString());
        Assert.False(item.GetProperty("ok").GetBoolean());
        Assert.Contains("FACTURE", item.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("uai").ValueKind);
        Assert.Equal(0, item.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void Inspect_MalformedXml_ShowsLineAndColumnInFrench()
    {
        var path = Write("casse.xml", "<FACTURE>\n<A></B>\n</FACTURE>");

        var (exit, output, _) = CliRunner.Run("inspect", path);

        Assert.Equal(1, exit);
        Assert.Contains("REFUSÉ", output);
        Assert.Contains("1 refusé(s)", output);
    }

    [Fact]
    public void Inspect_Folder_IsWalked()
    {
        Write("a.xml", "<A/>");
        Directory.CreateDirectory(Path.Combine(_dir, "sous"));
        File.WriteAllText(Path.Combine(_dir, "sous", "b.xml"), "<B/>");

        var (_, output, _) = CliRunner.Run("inspect", _dir, "--json");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }
}

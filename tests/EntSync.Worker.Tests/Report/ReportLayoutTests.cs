using System.Diagnostics;
using EntSync.Core.Tests.Support;
using EntSync.Tests.Shared;
using EntSync.Worker.Tests.Cli;

namespace EntSync.Worker.Tests.Report;

/// <summary>
/// The HTML report of the repository's demo data, rendered by headless Chromium at phone (375 px) and desktop
/// (1280 px) widths: nothing may overflow horizontally (tests/report-layout/check_overflow.py).
/// </summary>
public sealed class ReportLayoutTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entsync-layout-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [ServerFact("chromium")]
    public void DemoReport_PhoneAndDesktopWidths_NothingOverflows()
    {
        var depot = Path.Combine(_root, "depot");
        Directory.CreateDirectory(depot);
        foreach (var file in Directory.GetFiles(Path.Combine(Samples.Root, "demo", "depot"))) File.Copy(file, Path.Combine(depot, Path.GetFileName(file)));
        var config = Path.Combine(_root, "entsync.json");
        File.WriteAllText(config, """
            {
              "etablissements": [ { "uai": "7699007L", "nom": "COLLÈGE JEAN-BAPTISTE DURAND AVEC UN NOM TRÈS LONG POUR LE TÉLÉPHONE", "anneeScolaire": "auto" } ],
              "sources": [ { "nom": "depot-demo", "type": "dossier", "chemin": "depot", "apresTraitement": "conserver", "stabiliteSecondes": 1 } ],
              "donnees": { "dossier": "donnees" }
            }
            """);
        Assert.Equal(1, CliRunner.Run("once", "--config", config).Exit);
        var html = Path.Combine(_root, "rapport.html");
        Assert.Equal(1, CliRunner.Run("report", "--config", config, "--html", html).Exit);

        var script = Path.Combine(Samples.Root, "tests", "report-layout", "check_overflow.py");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { script, html, Path.Combine(_root, "captures"), TestServers.Get("CHROMIUM_PATH") }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(240_000);

        Assert.True(process.ExitCode == 0, output + process.StandardError.ReadToEnd());
        Assert.Contains("375 ok", output);
        Assert.Contains("1280 ok", output);
        Assert.True(new FileInfo(Path.Combine(_root, "captures", "rapport-375.png")).Length > 10_000);
    }
}

using EntSync.Generator;
using EntSync.Infrastructure.Configuration;
using EntSync.Tests.Shared;
using EntSync.Worker.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Worker.Tests.Report;

/// <summary>The nightly report end to end: real syncs of a generated school, the report built from the state, then written or sent.</summary>
public sealed class ReportServiceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entsync-report-").FullName;
    private readonly SettableTime _time = new() { Now = new DateTimeOffset(2026, 11, 2, 6, 30, 0, TimeSpan.Zero) };
    private string _uai = "";

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Depot => Path.Combine(_root, "depot");

    private string Generate(params string[] anomalies)
    {
        var dir = Path.Combine(_root, $"gen-{Guid.NewGuid():N}");
        _uai = SchoolGenerator.Generate(new GeneratorOptions { Pupils = 60, Seed = 8, Anomalies = anomalies }, dir).Schools[0].Uai;
        return dir;
    }

    private void Drop(string generated, params string[] names)
    {
        Directory.CreateDirectory(Depot);
        foreach (var f in Directory.GetFiles(generated).Where(f => names.Length == 0 || names.Contains(Path.GetFileName(f))))
        {
            var target = Path.Combine(Depot, Path.GetFileName(f));
            File.Copy(f, target, overwrite: true);
            File.SetLastWriteTime(target, _time.Now.DateTime.AddMinutes(-5));
        }
    }

    private LoadedConfig Config(string messagerie = "{}", string destinataires = "{}")
    {
        var path = Path.Combine(_root, "entsync.json");
        File.WriteAllText(path, $$"""
            {
              "etablissements": [ { "uai": "{{_uai}}", "nom": "Collège Éloïse-Noël", "destinataires": {{destinataires}} } ],
              "sources": [ { "nom": "depot", "type": "dossier", "chemin": "depot", "apresTraitement": "supprimer", "stabiliteSecondes": 1 } ],
              "donnees": { "dossier": "donnees" },
              "messagerie": {{messagerie}}
            }
            """);
        var result = ConfigCheck.Run(path, ConfigPlatform.Current(), TimeProvider.System);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Config!;
    }

    private async Task<string> SyncAndReportAsync(LoadedConfig config)
    {
        var service = new SyncService(config, _time, NullLoggerFactory.Instance);
        await service.RunOnceAsync(CancellationToken.None);
        await service.SendReportsAsync(CancellationToken.None);
        var written = Directory.GetFiles(service.Data.Rapports, $"{_uai}_{_time.Now:yyyy-MM-dd_HHmm}_tous.html");
        return File.ReadAllText(Assert.Single(written));
    }

    [Fact]
    public async Task NightlyReport_ThreeRuns_NewThenResolvedAndNewThenStillOpenWithTheirAge()
    {
        var first = Generate("SIECLE-RESPONSABLE-DOUBLON", "STS-ENSEIGNANT-SANS-SERVICE");
        var clean = Generate();
        var sansIne = Generate("SIECLE-ELEVE-SANS-INE");
        Drop(first);
        var config = Config();

        var day1 = await SyncAndReportAsync(config);
        _time.Now = _time.Now.AddDays(1);
        Drop(clean, "ResponsablesAvecAdresses.xml");
        Drop(sansIne, "ExportXML_ElevesAvecAdresses.zip");
        var day2 = await SyncAndReportAsync(config);
        _time.Now = _time.Now.AddDays(12);
        var day14 = await SyncAndReportAsync(config);

        Assert.Contains("premier rapport", day1);
        Assert.Contains("Nouveaux problèmes : 2", day1);
        Assert.Contains("Problèmes résolus : 0", day1);

        Assert.Contains("changements depuis le rapport du 02/11/2026 à 06h30", day2);
        Assert.Contains("Nouveaux problèmes : 1", day2);
        Assert.Matches("SIECLE-ELEVE-SANS-INE</span> [^<]*: 1 <span[^>]*>nouveau", day2);
        Assert.Contains("Problèmes résolus : 1", day2);
        Assert.Matches("SIECLE-RESPONSABLE-DOUBLON</span> [^<]*: 1 <span[^>]*>résolu", day2);
        Assert.Contains("Toujours ouverts : 1", day2);
        Assert.Contains("ouvert depuis 1 jour<", day2);

        Assert.Contains("Nouveaux problèmes : 0", day14);
        Assert.Contains("Problèmes résolus : 0", day14);
        Assert.Contains("Toujours ouverts : 2", day14);
        Assert.Contains("ouvert depuis 13 jours", day14);
        Assert.Contains("ouvert depuis 12 jours", day14);
        Assert.DoesNotContain("SIECLE-RESPONSABLE-DOUBLON", day14);
    }

    [ServerFact("smtp")]
    public async Task NightlyReport_WithSmtp_EachAudienceGetsItsPartOnce()
    {
        Drop(Generate("SIECLE-RESPONSABLE-DOUBLON", "STS-ENSEIGNANT-SANS-SERVICE"));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var secrets = Path.Combine(_root, "donnees", "secrets");
        Directory.CreateDirectory(secrets);
        File.WriteAllText(Path.Combine(secrets, "SMTP_TEST"), TestServers.Get("SMTP_PASSWORD"));
        var config = Config(
            $$"""{ "hote": "127.0.0.1", "port": {{TestServers.Get("SMTP_PORT")}}, "utilisateur": "{{TestServers.Get("SMTP_USER")}}", "motDePasse": "secret:SMTP_TEST", "expediteur": "entsync@college-exemple.fr", "fichierAc": "{{TestServers.Get("CA_FILE")}}" }""",
            $$"""{ "tous": ["chef-{{tag}}@college-exemple.fr"], "secretariat": ["secretariat-{{tag}}@college-exemple.fr", "CHEF-{{tag}}@college-exemple.fr"], "direction": ["direction-{{tag}}@college-exemple.fr"], "emploiDuTemps": ["edt-{{tag}}@college-exemple.fr"] }""");
        var service = new SyncService(config, _time, NullLoggerFactory.Instance);
        await service.RunOnceAsync(CancellationToken.None);

        var result = await service.Reports.SendAsync(CancellationToken.None);

        Assert.Equal(3, result.Flush!.Delivered);
        Assert.Empty(Directory.GetFiles(service.Data.Outbox, "*.eml"));
        var mails = Directory.GetFiles(TestServers.Get("SMTP_MAILDIR"), "*.json")
            .Select(f => (Json: File.ReadAllText(f), Eml: File.ReadAllText(Path.ChangeExtension(f, ".eml"))))
            .Where(m => m.Json.Contains(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, mails.Count);
        var chef = Assert.Single(mails, m => m.Json.Contains($"chef-{tag}", StringComparison.OrdinalIgnoreCase));
        var secretariat = Assert.Single(mails, m => m.Json.Contains($"secretariat-{tag}", StringComparison.Ordinal));
        var direction = Assert.Single(mails, m => m.Json.Contains($"direction-{tag}", StringComparison.Ordinal));
        Assert.Contains("anomalies.csv", chef.Eml);
        Assert.Contains("=C3=89tat des flux", chef.Eml);
        Assert.DoesNotContain("=C3=89tat des flux", secretariat.Eml);
        Assert.Contains("SIECLE-RESPONSABLE-DOUBLON", secretariat.Eml);
        Assert.DoesNotContain("STS-ENSEIGNANT-SANS-SERVICE", secretariat.Eml);
        Assert.Contains("STS-ENSEIGNANT-SANS-SERVICE", direction.Eml);
        Assert.DoesNotContain("SIECLE-RESPONSABLE-DOUBLON", direction.Eml);
        Assert.DoesNotContain(mails, m => m.Json.Contains($"edt-{tag}", StringComparison.Ordinal));
    }

    private sealed class SettableTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}

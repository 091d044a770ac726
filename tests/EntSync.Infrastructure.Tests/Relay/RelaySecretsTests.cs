using EntSync.Core.Relay;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Relay;

namespace EntSync.Infrastructure.Tests.Relay;

/// <summary>
/// Secrets given as the configuration says (secret:NOM values, {secret:NOM} inside the URL) reach the ENT, and appear
/// nowhere else: not in the logs, not in the state database, not in what the run reports — even when the server
/// echoes them back in its answers.
/// </summary>
public sealed class RelaySecretsTests : IAsyncLifetime
{
    private const string UrlToken = "jeton-url-7f3a9c";
    private const string BearerToken = "jeton-ent-51c2d8";
    private const string ApiKey = "cle-api-9e04b1";

    private TestReceiver _ent = null!;

    public async Task InitializeAsync() => _ent = await TestReceiver.StartAsync();

    public async Task DisposeAsync() => await _ent.DisposeAsync();

    [Fact]
    public async Task Run_SecretsReachTheEntButNeitherTheLogsNorTheStateNorTheResult()
    {
        using var sync = new RelaySync();
        var school = sync.Generate(seed: 3);
        sync.DropFile(Path.Combine(school, $"Edt_To_Partenaire_{sync.Uai}.xml"));
        sync.Options = Load(sync);
        var echo = $"refusé : Authorization Bearer {BearerToken}, X-Cle {ApiKey}, adresse {_ent.BaseUrl}import/{UrlToken}?cle={UrlToken}";
        _ent.Answer(503, echo).Answer(403, echo);

        var run = await sync.RunAsync();

        var request = _ent.Requests.First();
        Assert.Equal($"/import/{UrlToken}?cle={UrlToken}", request.PathAndQuery);
        Assert.Equal($"Bearer {BearerToken}", request.Headers["Authorization"]);
        Assert.Equal(ApiKey, request.Headers["X-Cle"]);

        var item = Assert.Single(run.Relay.Items);
        Assert.Equal(RelayStatus.Refuse, item.Status);
        Assert.Contains("refusé : Authorization Bearer ***", item.Reason);
        using var targets = RelayTargetSet.Create(sync.Options);
        string[] everywhere = [sync.Logs.All, sync.StateText(), string.Join("\n", run.Relay.Items.Select(i => i.Reason)), targets.Targets[0].Destination.Display];
        Assert.NotEmpty(sync.Logs.Lines);
        foreach (var text in everywhere)
        {
            Assert.DoesNotContain(UrlToken, text);
            Assert.DoesNotContain(BearerToken, text);
            Assert.DoesNotContain(ApiKey, text);
        }
    }

    private EntSyncOptions Load(RelaySync sync)
    {
        var configFile = sync.Scratch("entsync.json");
        File.WriteAllText(configFile, $$"""
            {
              "etablissements": [ { "uai": "{{sync.Uai}}" } ],
              "donnees": { "dossier": "donnees" },
              "destinations": [ {
                "nom": "ent", "etablissement": "{{sync.Uai}}", "type": "http", "mode": "reel", "types": ["EdtChiffre"],
                "url": "{{_ent.BaseUrl}}import/{secret:JETON_URL}?cle={secret:JETON_URL}",
                "authentification": "bearer", "jeton": "secret:JETON_ENT", "proxy": "aucun",
                "entetes": [ { "nom": "X-Cle", "valeur": "secret:CLE_API" } ],
                "premierImportManuel": false, "pauseTentativesSecondes": 0
              } ]
            }
            """);
        var variables = new Dictionary<string, string>
        {
            ["ENTSYNC_SECRET_JETON_URL"] = UrlToken, ["ENTSYNC_SECRET_JETON_ENT"] = BearerToken, ["ENTSYNC_SECRET_CLE_API"] = ApiKey,
        };
        var result = ConfigCheck.Run(configFile, new ConfigPlatform(variables, sync.Scratch(""), isWindows: false, programData: ""), TimeProvider.System);
        Assert.True(result.IsValid, string.Join(" | ", result.Problems));
        return result.Config!.Options;
    }
}

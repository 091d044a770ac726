using EntSync.Infrastructure.Configuration;
using EntSync.Worker.Operations.Diagnostic;
using EntSync.Worker.Tests.Service;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Worker.Tests.Operations;

/// <summary>The diagnostic's destination lines (the probes themselves are tested with the relay, against real servers).</summary>
public sealed class EntDestinationsCheckTests : IDisposable
{
    private readonly ServiceFolder _folder = new(pupils: 10);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_SimulationAndReel_SimulationOkWithTheNoteReelFailsTokensMasked()
    {
        var config = ConfigCheck.Run(_folder.ConfigPath, ConfigPlatform.Current(), TimeProvider.System).Config!;
        config.Options.Destinations.Clear();
        config.Options.Destinations.Add(Unreachable("ent-essai", "simulation"));
        config.Options.Destinations.Add(Unreachable("ent", "reel"));
        var context = new DiagnosticContext(config, TimeProvider.System, NullLoggerFactory.Instance);

        var lines = await new EntDestinationsCheck().RunAsync(context, CancellationToken.None);

        Assert.Equal(2, lines.Count);
        Assert.Equal(DiagnosticStatus.Ok, lines[0].Status);
        Assert.Contains("Destination « ent-essai »", lines[0].Label);
        Assert.Contains("rien n'est envoyé tant que mode ne vaut pas « reel »", lines[0].Label);
        Assert.Contains("connexion impossible", lines[0].Label);
        Assert.Equal(DiagnosticStatus.Failure, lines[1].Status);
        Assert.Contains("connexion impossible", lines[1].Label);
        Assert.Contains("proxy", lines[1].Fix);
        Assert.All(lines, l => Assert.DoesNotContain("jeton-tres-secret", l.Label + l.Fix));
        Assert.Contains("jeton=***", lines[1].Label);
    }

    private DestinationOptions Unreachable(string name, string mode) => new()
    {
        Nom = name, Etablissement = _folder.Uai, Type = "http", Mode = mode, Proxy = "aucun", DelaiSecondes = 5,
        Url = "http://127.0.0.1:1/import?jeton=jeton-tres-secret", ResolvedUrl = "http://127.0.0.1:1/import?jeton=jeton-tres-secret",
    };
}

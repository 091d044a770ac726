using EntSync.Infrastructure.Configuration;
using EntSync.Tests.Shared;
using EntSync.Worker.Operations.Diagnostic;
using EntSync.Worker.Tests.Service;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Worker.Tests.Operations;

/// <summary>The diagnostic's mail line: against the real SMTP sink (STARTTLS + AUTH LOGIN), and without any server.</summary>
public sealed class SmtpCheckTests : IDisposable
{
    private readonly ServiceFolder _folder = new(pupils: 10);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_NoServerNoRecipient_OkReportsWrittenToRapports()
    {
        var context = Context(m => m.Hote = "");

        var line = Assert.Single(await new SmtpCheck().RunAsync(context, CancellationToken.None));

        Assert.Equal(DiagnosticStatus.Ok, line.Status);
        Assert.Contains("pas de serveur d'envoi", line.Label);
        Assert.Contains("rapports/", line.Label);
    }

    [Fact]
    public async Task Run_NoServerButRecipients_WarningSayingTheyGetNothing()
    {
        var context = Context(m => m.Hote = "");
        context.Config.Options.Etablissements[0].Destinataires.Direction = ["direction@college-exemple.fr"];

        var line = Assert.Single(await new SmtpCheck().RunAsync(context, CancellationToken.None));

        Assert.Equal(DiagnosticStatus.Warning, line.Status);
        Assert.Contains("ne recevront rien", line.Label);
        Assert.Contains("messagerie.hote", line.Fix);
    }

    [ServerFact("smtp")]
    public async Task Run_RealServerGoodAccount_OkWithoutSendingAndWithoutThePassword()
    {
        var password = TestServers.Get("SMTP_PASSWORD");
        var context = Context(m => m.MotDePasse = password);

        var line = Assert.Single(await new SmtpCheck().RunAsync(context, CancellationToken.None));

        Assert.True(line.Status == DiagnosticStatus.Ok, line.Label);
        Assert.Contains("authentification LOGIN acceptée", line.Label);
        Assert.Contains("STARTTLS", line.Label);
        Assert.DoesNotContain(password, line.Label);
    }

    [ServerFact("smtp")]
    public async Task Run_RealServerWrongPassword_FailureWithTheFix()
    {
        var context = Context(m => m.MotDePasse = "mauvais-mot-de-passe");

        var line = Assert.Single(await new SmtpCheck().RunAsync(context, CancellationToken.None));

        Assert.Equal(DiagnosticStatus.Failure, line.Status);
        Assert.Contains("refuse l'identifiant ou le mot de passe", line.Label);
        Assert.Contains("messagerie", line.Fix);
        Assert.DoesNotContain("mauvais-mot-de-passe", line.Label + line.Fix);
    }

    /// <summary>The folder's valid configuration with the test sink as mail server, then <paramref name="change"/>.</summary>
    private DiagnosticContext Context(Action<MessagerieOptions> change)
    {
        var config = ConfigCheck.Run(_folder.ConfigPath, ConfigPlatform.Current(), TimeProvider.System).Config!;
        var m = config.Options.Messagerie;
        if (TestServers.IsReady("smtp"))
        {
            m.Hote = "127.0.0.1";
            m.Port = TestServers.GetInt("SMTP_PORT");
            m.Utilisateur = TestServers.Get("SMTP_USER");
            m.FichierAc = TestServers.Get("CA_FILE");
            m.DelaiSecondes = 20;
        }

        config.Options.Etablissements[0].Destinataires = new DestinatairesOptions();
        change(m);
        return new DiagnosticContext(config, TimeProvider.System, NullLoggerFactory.Instance);
    }
}

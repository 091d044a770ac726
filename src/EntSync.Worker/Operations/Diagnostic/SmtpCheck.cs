using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Mail;

namespace EntSync.Worker.Operations.Diagnostic;

/// <summary>
/// The mail server is reachable and takes the account, without sending anything (<see cref="SmtpProbe"/>: EHLO,
/// STARTTLS, AUTH, QUIT). Without a server, reports are only written to rapports/: fine, unless recipients wait for them.
/// </summary>
internal sealed class SmtpCheck : IDiagnosticCheck
{
    public async Task<IReadOnlyList<DiagnosticResult>> RunAsync(DiagnosticContext context, CancellationToken cancellationToken)
    {
        var options = context.Config.Options;
        var m = options.Messagerie;
        if (m.Hote.Trim().Length == 0)
        {
            const string Label = "Messagerie : pas de serveur d'envoi, les rapports sont écrits dans rapports/ du dossier de données";
            return HasRecipients(options)
                ? [DiagnosticResult.Warning(Label + ", les destinataires déclarés ne recevront rien",
                    "Renseignez messagerie.hote (et messagerie.expediteur, utilisateur, motDePasse en \"secret:NOM\") pour envoyer les rapports par courriel.")]
                : [DiagnosticResult.Ok(Label)];
        }

        var settings = SmtpSettings.From(m);
        SmtpProbeResult probe;
        try
        {
            probe = await SmtpProbe.RunAsync(settings, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            // The CA file could not be read: the probe never reached the server.
            return [DiagnosticResult.Failure($"Messagerie {settings.Host}:{settings.Port} : fichier de l'autorité illisible ({ex.GetType().Name})",
                "Vérifiez messagerie.fichierAc : un certificat PEM lisible par le compte du service.")];
        }

        // The verdict names the server, the encryption and what was accepted or refused; never the password.
        if (probe.Ok) return [DiagnosticResult.Ok($"Messagerie : {probe.Verdict}")];
        return [DiagnosticResult.Failure($"Messagerie : {probe.Verdict}",
            probe.Permanent
                ? "Corrigez la section messagerie (hote, port, securite, utilisateur, motDePasse, fichierAc) ou demandez au gestionnaire du serveur, puis relancez entsync diagnostic."
                : "Vérifiez que le serveur répond depuis cette machine (réseau, pare-feu, proxy), puis relancez entsync diagnostic.")];
    }

    private static bool HasRecipients(EntSyncOptions options) =>
        options.Etablissements.Any(e => e.Destinataires is { } d
                                        && d.Tous.Count + d.Secretariat.Count + d.Direction.Count + d.EmploiDuTemps.Count + d.AdministrateurEnt.Count > 0);
}

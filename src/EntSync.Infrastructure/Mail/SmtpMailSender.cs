using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Security.Authentication;

namespace EntSync.Infrastructure.Mail;

/// <summary>
/// Sends through System.Net.Mail.SmtpClient with its pitfalls handled (DEPENDENCIES.md §3.1): EnableSsl is STARTTLS
/// and fails closed when the server does not offer it; the certificate is validated (optional CA, never accept-all);
/// with credentials, <see cref="SmtpProbe"/> first proves that the server offers AUTH LOGIN and accepts the account,
/// because SmtpClient would otherwise send unauthenticated without a word. One client per message (not thread-safe).
/// </summary>
internal sealed class SmtpMailSender(SmtpSettings settings) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        if (settings.HasCredentials)
        {
            var probe = await SmtpProbe.RunAsync(settings, cancellationToken);
            if (!probe.Ok) throw new MailSendException(Capitalise(probe.Verdict), probe.Permanent);
        }

        // Inside this async method: the CA applies to this send only (see SmtpCertificateTrust).
        SmtpCertificateTrust.Enter(settings.CaFile);
        using var message = MailMessageFactory.Create(mail);
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.StartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            UseDefaultCredentials = false,
            Timeout = (int)settings.Timeout.TotalMilliseconds,
            Credentials = settings.HasCredentials ? new NetworkCredential(settings.User, settings.Password) : null,
        };

        try
        {
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (SmtpException ex)
        {
            throw Translate(ex);
        }
    }

    private MailSendException Translate(SmtpException ex)
    {
        var where = $"{settings.Host}:{settings.Port}";
        var inner = ex.InnerException;
        while (inner is { InnerException: not null } && inner is not (SocketException or AuthenticationException)) inner = inner.InnerException;
        return inner switch
        {
            SocketException s => new MailSendException($"Serveur de messagerie {where} injoignable ({s.SocketErrorCode}) : nouvel essai plus tard.", false, ex),
            AuthenticationException => new MailSendException($"Certificat du serveur {where} refusé (autorité inconnue, nom ou date) : " +
                                                             "indiquez l'autorité interne dans messagerie.fichierAc si c'est la bonne.", true, ex),
            _ when ex.Message.Contains("secure connection", StringComparison.OrdinalIgnoreCase) =>
                new MailSendException($"Le serveur {where} ne propose pas STARTTLS : rien n'est envoyé en clair.", true, ex),
            _ when (int)ex.StatusCode is >= 500 and < 600 =>
                new MailSendException($"Le serveur {where} refuse le message (code {(int)ex.StatusCode}) : {ex.Message}", true, ex),
            _ => new MailSendException($"Envoi interrompu avec {where} ({ex.StatusCode}) : nouvel essai plus tard.", false, ex),
        };
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";
}

using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

using EntSync.Infrastructure.Tls;

namespace EntSync.Infrastructure.Mail;

/// <summary>
/// Talks to the mail server without sending anything: greeting, EHLO, STARTTLS with the certificate checked as a send
/// would, EHLO again, and AUTH LOGIN when an account is configured. It answers, in French, whether reports can go out.
/// SmtpClient authenticates only with LOGIN and silently sends unauthenticated when the server offers no AUTH it
/// knows (DEPENDENCIES.md §3.1): the sender runs this first, so credentials are never ignored. Used by
/// <c>entsync diagnostic</c> too. The password never appears in a verdict.
/// </summary>
internal static class SmtpProbe
{
    public static async Task<SmtpProbeResult> RunAsync(SmtpSettings settings, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        var where = $"{settings.Host}:{settings.Port}";
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync(settings.Host, settings.Port, timeout.Token);
        }
        catch (SocketException ex)
        {
            return Fail(false, $"serveur de messagerie {where} injoignable ({SocketReason(ex)}) : vérifiez messagerie.hote, messagerie.port et le pare-feu");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(false, $"serveur de messagerie {where} injoignable (pas de réponse en {settings.Timeout.TotalSeconds:0} s)");
        }

        var wire = new SmtpWire(tcp.GetStream());
        try
        {
            return await ConverseAsync(wire, settings, where, timeout.Token);
        }
        catch (IOException ex)
        {
            return Fail(false, $"échange interrompu avec {where} ({ex.Message})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(false, $"le serveur {where} ne répond plus (délai de {settings.Timeout.TotalSeconds:0} s dépassé) ; le port 465 (TLS implicite) n'est pas pris en charge, utilisez 587");
        }
    }

    private static async Task<SmtpProbeResult> ConverseAsync(SmtpWire wire, SmtpSettings settings, string where, CancellationToken cancellationToken)
    {
        var (greeting, _) = await wire.ReadAsync(cancellationToken);
        if (greeting != 220) return Fail(false, $"le serveur {where} refuse la connexion (code {greeting})");
        var (code, capabilities) = await wire.CommandAsync("EHLO entsync", cancellationToken);
        if (code != 250) return Fail(true, $"le serveur {where} refuse EHLO (code {code}) : ce n'est peut-être pas un serveur de messagerie");

        string? protocol = null;
        if (settings.StartTls)
        {
            if (!capabilities.Any(c => c.Equals("STARTTLS", StringComparison.OrdinalIgnoreCase)))
            {
                return Fail(true, $"le serveur {where} ne propose pas STARTTLS : rien ne partirait chiffré. Utilisez le port de soumission (587) " +
                                  "ou, pour un relais sur un réseau de confiance seulement, securite « aucune »");
            }

            (code, _) = await wire.CommandAsync("STARTTLS", cancellationToken);
            if (code != 220) return Fail(false, $"le serveur {where} refuse STARTTLS (code {code})");
            var roots = settings.CaFile is null ? null : CaFile.Load(settings.CaFile);
            var ssl = new SslStream(wire.Stream, leaveInnerStreamOpen: false);
            try
            {
                await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
                {
                    TargetHost = settings.Host,
                    RemoteCertificateValidationCallback = (_, certificate, _, errors) => SmtpCertificateTrust.Validate(certificate, errors, roots),
                }, cancellationToken);
            }
            catch (AuthenticationException)
            {
                return Fail(true, $"le certificat du serveur {where} n'est pas reconnu (autorité inconnue, nom différent de « {settings.Host} » ou expiré) : " +
                                  "si le serveur utilise une autorité de certification interne, indiquez son certificat dans messagerie.fichierAc");
            }

            protocol = ssl.SslProtocol.ToString();
            wire.Stream = ssl;
            (code, capabilities) = await wire.CommandAsync("EHLO entsync", cancellationToken);
            if (code != 250) return Fail(false, $"le serveur {where} refuse EHLO après STARTTLS (code {code})");
        }

        var mechanisms = capabilities
            .Where(c => c.StartsWith("AUTH", StringComparison.OrdinalIgnoreCase) && c.Length > 4 && c[4] is ' ' or '=')
            .SelectMany(c => c[5..].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(m => m.ToUpperInvariant()).Distinct().ToList();
        var tls = protocol is null ? "sans chiffrement" : $"STARTTLS ({protocol})";
        SmtpProbeResult Result(bool ok, bool permanent, string verdict, bool authenticated = false) =>
            new(ok, permanent, verdict) { Capabilities = capabilities, AuthMechanisms = mechanisms, TlsProtocol = protocol, Authenticated = authenticated };

        if (!settings.HasCredentials)
        {
            await QuitAsync(wire, cancellationToken);
            return Result(true, false, $"serveur {where} joignable, {tls}, sans authentification (aucun utilisateur configuré) : les rapports peuvent partir");
        }

        if (mechanisms.Count == 0)
        {
            return Result(false, true, $"le serveur {where} n'annonce aucune authentification alors qu'un utilisateur est configuré : l'envoi partirait " +
                                       "sans authentification, il est donc refusé. Vérifiez le port (587 pour la soumission authentifiée) ou, " +
                                       "si ce serveur est un relais sans authentification, retirez utilisateur et motDePasse");
        }

        if (!mechanisms.Contains("LOGIN"))
        {
            return Result(false, true, $"le serveur {where} propose l'authentification {string.Join(", ", mechanisms)} mais pas LOGIN, la seule " +
                                       "qu'EntSync sache faire (SmtpClient) : l'envoi partirait sans authentification, il est donc refusé. " +
                                       "Demandez l'activation d'AUTH LOGIN ou un relais (connecteur) autorisant le serveur d'EntSync");
        }

        (code, _) = await wire.CommandAsync("AUTH LOGIN", cancellationToken);
        if (code == 334) (code, _) = await wire.CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.User!)), cancellationToken);
        if (code == 334) (code, _) = await wire.CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.Password ?? "")), cancellationToken);
        if (code != 235)
        {
            return Result(false, true, $"le serveur {where} refuse l'identifiant ou le mot de passe (code {code}) : vérifiez messagerie.utilisateur " +
                                       "et le secret de messagerie.motDePasse");
        }

        await QuitAsync(wire, cancellationToken);
        return Result(true, false, $"serveur {where} joignable, {tls}, authentification LOGIN acceptée : les rapports peuvent partir", authenticated: true);
    }

    private static async Task QuitAsync(SmtpWire wire, CancellationToken cancellationToken)
    {
        try
        {
            await wire.CommandAsync("QUIT", cancellationToken);
        }
        catch (IOException)
        {
            // The verdict is known; a server closing without 221 changes nothing.
        }
    }

    private static SmtpProbeResult Fail(bool permanent, string verdict) => new(false, permanent, verdict);

    private static string SocketReason(SocketException ex) => ex.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => "connexion refusée",
        SocketError.HostNotFound or SocketError.NoData => "nom de serveur inconnu",
        SocketError.TimedOut => "délai dépassé",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable => "réseau inaccessible",
        _ => ex.SocketErrorCode.ToString(),
    };
}

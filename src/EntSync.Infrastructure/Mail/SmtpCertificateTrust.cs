using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using EntSync.Infrastructure.Tls;

namespace EntSync.Infrastructure.Mail;

/// <summary>
/// Certificate checks for SMTP. Default: the operating system's validation, untouched. With messagerie.fichierAc, the
/// server's chain must end at that CA (custom root trust) and the name must match; nothing else is ever accepted.
/// SmtpClient's only hook is the process-wide ServicePointManager callback: it is installed once, chains to any
/// callback set before it, and applies our CA only inside a send (an AsyncLocal), so other TLS users are unaffected.
/// </summary>
internal static class SmtpCertificateTrust
{
    private static readonly AsyncLocal<X509Certificate2Collection?> Roots = new();
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Applies <paramref name="caFile"/> to the SmtpClient sends of the calling async flow (call it inside the async method).</summary>
    public static void Enter(string? caFile)
    {
        if (caFile is null)
        {
            Roots.Value = null;
            return;
        }

        Install();
        Roots.Value = CaFile.Load(caFile);
    }

    /// <summary>No error: trusted by the system. Only a chain error, and a CA given: the chain must build to that CA.</summary>
    public static bool Validate(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2Collection? roots)
    {
        if (errors == SslPolicyErrors.None) return true;
        if (roots is null || certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0) return false;
        return CaFile.ChainsTo(certificate, roots);
    }

    private static void Install()
    {
        lock (Gate)
        {
            if (_installed) return;
#pragma warning disable SYSLIB0014 // SmtpClient offers no other hook (DEPENDENCIES.md §3.1).
            var previous = ServicePointManager.ServerCertificateValidationCallback;
            ServicePointManager.ServerCertificateValidationCallback = (sender, certificate, chain, errors) =>
                Roots.Value is { } roots
                    ? Validate(certificate, errors, roots)
                    : previous?.Invoke(sender, certificate, chain, errors) ?? errors == SslPolicyErrors.None;
#pragma warning restore SYSLIB0014
            _installed = true;
        }
    }
}

using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using EntSync.Infrastructure.Tls;

namespace EntSync.Infrastructure.Relay;

/// <summary>
/// TLS trust for a destination with its own certificate authority (a CA file in the configuration): the server's chain
/// must end at that CA, and its name must match, as the system would check it. There is no way to accept any certificate.
/// </summary>
internal static class CaTrust
{
    public static RemoteCertificateValidationCallback Validator(X509Certificate2Collection roots) => (_, certificate, chain, errors) =>
    {
        if (errors == SslPolicyErrors.None) return true;
        // A wrong name or no certificate is never excused by a CA file: only the chain is checked against it.
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null) return false;

        return CaFile.ChainsTo(certificate, roots, chain);
    };
}

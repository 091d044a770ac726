using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace EntSync.Infrastructure.Relay;

/// <summary>
/// TLS trust for a destination with its own certificate authority (a CA file in the configuration): the server's chain
/// must end at that CA, and its name must match, as the system would check it. There is no way to accept any certificate.
/// </summary>
internal static class CaTrust
{
    public static X509Certificate2Collection Load(string pemFile)
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(pemFile);
        return roots;
    }

    public static RemoteCertificateValidationCallback Validator(X509Certificate2Collection roots) => (_, certificate, chain, errors) =>
    {
        if (errors == SslPolicyErrors.None) return true;
        // A wrong name or no certificate is never excused by a CA file: only the chain is checked against it.
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null) return false;

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(roots);
        // A school's or an académie's own CA rarely publishes revocation lists.
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements) custom.ChainPolicy.ExtraStore.Add(element.Certificate);
        }

        var server = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return custom.Build(server);
    };
}

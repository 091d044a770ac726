using System.Security.Cryptography.X509Certificates;

namespace EntSync.Infrastructure.Tls;

/// <summary>
/// A configured certificate authority (<c>fichierAc</c>: an académie's or a school's own CA, PEM) used as the only trust
/// root for one server: FTPS sources, ENT destinations and the SMTP server share this one check. The callers decide
/// when it applies (only for a chain error; a wrong name is never excused by a CA file).
/// </summary>
internal static class CaFile
{
    public static X509Certificate2Collection Load(string pemFile)
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(pemFile);
        return roots;
    }

    /// <summary>
    /// Whether <paramref name="certificate"/>'s chain builds to one of <paramref name="roots"/>.
    /// <paramref name="presented"/>: the chain the server sent, whose intermediates may be used.
    /// </summary>
    public static bool ChainsTo(X509Certificate certificate, X509Certificate2Collection roots, X509Chain? presented = null)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        // A school's or an académie's own CA rarely publishes revocation lists: the pinned CA is the trust decision.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements) chain.ChainPolicy.ExtraStore.Add(element.Certificate);
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }
}

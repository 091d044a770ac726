using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using EntSync.Infrastructure.Tls;

namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// Certificate validation for FtpWebRequest, whose only hook is the process-wide
/// <see cref="ServicePointManager.ServerCertificateValidationCallback"/>. One dispatcher is installed once and keeps any
/// callback installed before it for everything else; inside <see cref="Enter"/> (an async-local scope around one FTP
/// request) it validates against the source's CA file as the only trust root — the chain must build to it and the
/// name must match — or, without a CA file, the system's verdict stands. It never accepts a certificate that fails both.
/// </summary>
internal static class FtpTrust
{
    private static readonly AsyncLocal<Scope?> Current = new();
    private static readonly Lock Gate = new();
    private static RemoteCertificateValidationCallback? previous;
    private static bool installed;

    public static Scope Enter(string? caFile)
    {
        Install();
        var scope = new Scope(caFile);
        Current.Value = scope;
        return scope;
    }

    /// <summary>Whether <paramref name="certificate"/> is trusted for this scope (public for tests).</summary>
    public static bool Validate(string? caFile, X509Certificate? certificate, SslPolicyErrors errors, out string? reason)
    {
        reason = null;
        if (errors == SslPolicyErrors.None) return true;
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0)
        {
            reason = (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0
                ? "le nom du serveur ne correspond pas à son certificat"
                : "le serveur n'a pas présenté de certificat";
            return false;
        }

        if (caFile is null)
        {
            reason = "certificat non reconnu par le magasin de confiance du système";
            return false;
        }

        if (CaFile.ChainsTo(certificate, CaFile.Load(caFile))) return true;
        reason = "certificat non signé par l'autorité du fichier « fichierAc »";
        return false;
    }

#pragma warning disable SYSLIB0014 // FtpWebRequest has no per-request callback.
    private static void Install()
    {
        lock (Gate)
        {
            if (installed) return;
            previous = ServicePointManager.ServerCertificateValidationCallback;
            ServicePointManager.ServerCertificateValidationCallback = Dispatch;
            installed = true;
        }
    }
#pragma warning restore SYSLIB0014

    private static bool Dispatch(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (Current.Value is not { } scope)
        {
            return previous?.Invoke(sender, certificate, chain, errors) ?? errors == SslPolicyErrors.None;
        }

        var trusted = Validate(scope.CaFile, certificate, errors, out var reason);
        if (!trusted) scope.Rejection = reason;
        return trusted;
    }

    /// <summary>One request's trust settings, and why its certificate was refused (to say it in the error).</summary>
    internal sealed class Scope(string? caFile) : IDisposable
    {
        public string? CaFile { get; } = caFile;

        public string? Rejection { get; set; }

        public void Dispose() => Current.Value = null;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using EntSync.Infrastructure.Processes;

namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// curl's exit codes (and the FTP reply it quotes on standard error) as <see cref="FtpFailure"/>s. Unknown codes count
/// as transient: the next run tries again and the run's status says the source failed.
/// </summary>
internal static partial class CurlErrors
{
    public static FtpException Translate(ProcessResult result)
    {
        if (result.TimedOut) return new FtpException(FtpFailure.Transient, "délai dépassé (curl arrêté)");
        var reply = Reply(result.StandardError);
        return result.ExitCode switch
        {
            6 => new FtpException(FtpFailure.Transient, "nom de serveur introuvable (DNS)"),
            7 => new FtpException(FtpFailure.Transient, "connexion refusée ou serveur injoignable"),
            28 => new FtpException(FtpFailure.Transient, "délai dépassé"),
            67 => new FtpException(FtpFailure.Login, "connexion refusée par le serveur (réponse 530)", 530),
            60 or 77 or 83 or 90 or 91 or 51 or 58 => new FtpException(FtpFailure.Certificate, CertificateReason(result.ExitCode)),
            64 => new FtpException(FtpFailure.TlsRefused, "le serveur ne propose pas le chiffrement TLS"),
            9 => new FtpException(FtpFailure.NotFound, "dossier introuvable (réponse 550)", 550),
            78 => new FtpException(FtpFailure.NotFound, "fichier introuvable (réponse 550)", 550),
            18 => new FtpException(FtpFailure.Transient, "transfert interrompu"),
            _ when reply is { } code => FtpException.ForReply(code),
            _ => new FtpException(FtpFailure.Transient, string.Create(CultureInfo.InvariantCulture, $"échec de curl (code {result.ExitCode})")),
        };
    }

    /// <summary>The last three-digit FTP reply code curl quotes ("QUOT command failed with 550", "RETR response: 425").</summary>
    public static int? Reply(string standardError)
    {
        var matches = ReplyCode().Matches(standardError);
        return matches.Count == 0 ? null : int.Parse(matches[^1].Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string CertificateReason(int exitCode) => exitCode switch
    {
        77 => "le fichier « fichierAc » est illisible ou n'est pas un certificat PEM",
        51 => "le nom du serveur ne correspond pas à son certificat",
        _ => "certificat du serveur non reconnu (ni par « fichierAc », ni par le magasin de confiance)",
    };

    [GeneratedRegex(@"(?:with|response:|reply:|:)\s*([1-5]\d\d)\b")]
    private static partial Regex ReplyCode();
}

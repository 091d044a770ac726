using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Mail;

/// <summary>The mail server as the sender and the probe use it, from messagerie (port 0 resolved to the usual one).</summary>
internal sealed record SmtpSettings(string Host, int Port, bool StartTls, string? User, string? Password, string? CaFile, TimeSpan Timeout)
{
    public bool HasCredentials => !string.IsNullOrEmpty(User);

    public static SmtpSettings From(MessagerieOptions m)
    {
        var startTls = m.Securite != "aucune";
        return new SmtpSettings(m.Hote.Trim(), m.Port > 0 ? m.Port : startTls ? 587 : 25, startTls,
            m.Utilisateur.Length > 0 ? m.Utilisateur : null, m.MotDePasse.Length > 0 ? m.MotDePasse : null,
            m.FichierAc.Length > 0 ? m.FichierAc : null, TimeSpan.FromSeconds(Math.Max(1, m.DelaiSecondes)));
    }
}

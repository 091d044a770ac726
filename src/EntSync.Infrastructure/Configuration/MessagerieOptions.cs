namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// The mail server the nightly report goes through. No <see cref="Hote"/>: reports are written as .eml and .html files
/// in the data directory's rapports/ (the demo). <see cref="Securite"/>: "starttls" (default, port 587), "aucune"
/// (a relay on a trusted network, port 25, only when written) or "tls" (port 465: refused, see the validator).
/// </summary>
public sealed class MessagerieOptions
{
    public string Hote { get; set; } = "";
    /// <summary>0 = the usual port of <see cref="Securite"/> (587 with starttls, 25 with aucune).</summary>
    public int Port { get; set; }
    public string Securite { get; set; } = "starttls";
    public string Utilisateur { get; set; } = "";
    /// <summary>A "secret:NOM" value, resolved by the loader.</summary>
    public string MotDePasse { get; set; } = "";
    public string Expediteur { get; set; } = "";
    /// <summary>Optional PEM file of the certificate authority that signed the server's certificate (an internal CA).</summary>
    public string FichierAc { get; set; } = "";
    public int DelaiSecondes { get; set; } = 60;
    /// <summary>A report not delivered after this many hours is no longer retried; it stays in outbox/abandonnes/.</summary>
    public int AbandonApresHeures { get; set; } = 72;
}

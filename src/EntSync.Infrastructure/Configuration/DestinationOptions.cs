namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// A place EntSync delivers files to: the ENT's timetable import, or a route's folder. <see cref="Type"/>: "http"
/// (POST, multipart or raw), "webdav" (PUT into a folder), "dossier" (local or mounted folder) or "sftp" (a folder on an
/// SFTP server, same connection keys as an sftp source). <see cref="Mode"/>: "simulation" (records what would be sent) or "reel". Secrets: <see cref="MotDePasse"/>,
/// <see cref="Jeton"/> and header values as "secret:NOM"; a token inside <see cref="Url"/> as "{secret:NOM}".
/// </summary>
public sealed class DestinationOptions
{
    public string Nom { get; set; } = "";
    /// <summary>The UAI of the establishment whose files it receives.</summary>
    public string Etablissement { get; set; } = "";
    public string Type { get; set; } = "http";
    public List<string> Types { get; set; } = ["EdtChiffre", "Udt"];
    public string Mode { get; set; } = "simulation";

    // http and webdav
    public string Url { get; set; } = "";
    /// <summary>Multipart field of the file (entcore: "file").</summary>
    public string Champ { get; set; } = "file";
    /// <summary>"multipart" or "brut" (the file as the request body).</summary>
    public string Corps { get; set; } = "multipart";
    public List<EnteteOptions> Entetes { get; set; } = [];
    /// <summary>"aucune", "basic" (utilisateur + motDePasse) or "bearer" (jeton).</summary>
    public string Authentification { get; set; } = "aucune";
    public string Utilisateur { get; set; } = "";
    public string MotDePasse { get; set; } = "";
    public string Jeton { get; set; } = "";
    /// <summary>"systeme" (the machine's proxy settings), "aucun", or the proxy's URL.</summary>
    public string Proxy { get; set; } = "systeme";
    /// <summary>A PEM file of the certificate authority that signed the server's certificate, when it is not a public one.</summary>
    public string FichierAc { get; set; } = "";
    public int DelaiSecondes { get; set; } = 120;

    /// <summary>dossier: the local or mounted folder; sftp: the folder on the server, as is.</summary>
    public string Chemin { get; set; } = "";

    // sftp (as an sftp source; Utilisateur is the account, DelaiSecondes bounds each exchange): key authentication only.
    public string Hote { get; set; } = "";
    /// <summary>0 = 22.</summary>
    public int Port { get; set; }
    /// <summary>The private key file, without passphrase, readable by the service account only (relative to the config file).</summary>
    public string ClePrivee { get; set; } = "";
    /// <summary>The pinned host key: a known_hosts file (relative to the config file) or the key line itself.</summary>
    public string CleHote { get; set; } = "";

    /// <summary>Name at the destination: {uai}, {nom}, {horodatage:yyyyMMddHHmmss}; empty = the default of each kind.</summary>
    public string NomFichier { get; set; } = "";

    // the gate
    public bool PremierImportManuel { get; set; } = true;
    public List<string> CodesBloquants { get; set; } = ["EXPORT-PARTIEL", "EDT-GROUPE-RENOMME", "EDT-CLASSE-RENOMMEE", "FICHIER-AUTRE-ETABLISSEMENT"];
    public int FenetreDoubleExportMinutes { get; set; } = 120;

    // retries within a run (later runs try again anyway)
    public int Tentatives { get; set; } = 3;
    public int PauseTentativesSecondes { get; set; } = 10;

    /// <summary>The URL with its "{secret:NOM}" parts replaced (set by the loader; not a key of the file).</summary>
    internal string ResolvedUrl { get; set; } = "";

    /// <summary>Every secret value this destination uses, to mask them in whatever is logged or reported.</summary>
    internal List<string> SecretValues { get; set; } = [];
}

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// A drop EntSync collects from. <see cref="Type"/>: "dossier" (local folder or mounted share; later issues add "sftp"
/// and "ftp"). <see cref="Types"/> lists the export kinds it may hold, or ["tous"]. <see cref="ApresTraitement"/>:
/// "deplacer" (to the source's traites/), "supprimer" or "conserver".
/// </summary>
public sealed class SourceOptions
{
    public string Nom { get; set; } = "";
    public string Type { get; set; } = "dossier";
    public string Chemin { get; set; } = "";
    public string Motif { get; set; } = "*";
    public List<string> Types { get; set; } = ["tous"];
    public string ApresTraitement { get; set; } = "deplacer";
    /// <summary>Seconds between the two looks that decide a file is no longer being copied.</summary>
    public int StabiliteSecondes { get; set; } = 5;
    /// <summary>Watch the folder and start a run early when a file arrives (the schedule stays the safety net).</summary>
    public bool Surveiller { get; set; } = true;

    // Remote sources ("sftp", "ftp"): the server, the account and, in Chemin, the remote folder.
    public string Hote { get; set; } = "";
    /// <summary>0 = the protocol's port (22 for sftp, 21 for ftp).</summary>
    public int Port { get; set; }
    public string Utilisateur { get; set; } = "";
    /// <summary>Longest wait for one exchange with the server (listing, download, move) before it counts as failed.</summary>
    public int DelaiSecondes { get; set; } = 60;

    // "sftp": key authentication only (batch mode cannot type a password or a passphrase).
    /// <summary>The private key file, without passphrase, readable by the service account only (relative to the config file).</summary>
    public string ClePrivee { get; set; } = "";
    /// <summary>The pinned host key: a known_hosts file (relative to the config file) or the key line itself.</summary>
    public string CleHote { get; set; } = "";
    // "ftp" only.
    /// <summary>A "secret:NOM" value only (DESIGN.md §5b): a password written in clear is refused at validation.</summary>
    public string MotDePasse { get; set; } = "";
    /// <summary>"explicite" (FTPS: AUTH TLS, protected data) or "aucun" (plain FTP, said in words).</summary>
    public string Chiffrement { get; set; } = "explicite";
    /// <summary>PEM file of the authority that signed the server's certificate; empty = the system trust store.</summary>
    public string FichierAc { get; set; } = "";
    /// <summary>Passive mode; active mode is not supported (refused at validation).</summary>
    public bool ModePassif { get; set; } = true;
    /// <summary>"auto" (FtpWebRequest, curl when it cannot), "dotnet" or "curl".</summary>
    public string Client { get; set; } = "auto";
}

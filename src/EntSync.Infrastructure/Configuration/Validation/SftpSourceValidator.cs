using EntSync.Infrastructure.Sources.Sftp;

namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>
/// An "sftp" source or destination (the same keys, <see cref="SftpConnection"/>): a server, an account, a key file without passphrase readable by the service account only, a
/// pinned host key, a remote folder. No password anywhere: batch mode authenticates with the key alone.
/// </summary>
internal static class SftpSourceValidator
{
    private const string Trust = "lancez « entsync sftp trust HOTE[:PORT] », comparez l'empreinte affichée avec celle que donne l'administrateur du serveur, " +
                                 "puis indiquez la ligne obtenue ou le fichier écrit (--write FICHIER)";

    public static void Validate(SourceOptions s, string path, ConfigProblems problems) => Validate(SftpConnection.Of(s), s.Chemin, s.MotDePasse, path, problems);

    /// <param name="chemin">The remote folder (the drop of a source, the deposit folder of a destination).</param>
    /// <param name="motDePasse">The entry's motDePasse key (it exists for ftp sources and http destinations): must stay empty.</param>
    public static void Validate(SftpConnection s, string chemin, string motDePasse, string path, ConfigProblems problems)
    {
        var hote = s.Host;
        if (hote.Length == 0) problems.Error(ConfigPath.Key(path, "hote"), "valeur requise : le nom ou l'adresse du serveur SFTP (par ex. \"sftp.ac-exemple.fr\")");
        else if (hote.StartsWith('-') || !hote.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '_'))
        {
            problems.Error(ConfigPath.Key(path, "hote"), $"nom de serveur invalide « {hote} » : un nom DNS ou une adresse IP, sans « sftp:// », sans port ni chemin");
        }

        if (s.Port is < 0 or > 65535) problems.Error(ConfigPath.Key(path, "port"), $"un port entre 1 et 65535 est attendu (0 = 22), reçu {s.Port}");
        var user = s.Utilisateur.Trim();
        if (user.Length == 0) problems.Error(ConfigPath.Key(path, "utilisateur"), "valeur requise : le compte SFTP fourni par l'administrateur du serveur");
        else if (user.StartsWith('-') || user.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            problems.Error(ConfigPath.Key(path, "utilisateur"), $"nom de compte invalide « {user} » (ni espace, ni « - » au début)");
        }

        if (chemin.Trim().Length == 0 || !SftpCommands.IsRepresentable(chemin))
        {
            problems.Error(ConfigPath.Key(path, "chemin"), "valeur requise : le dossier de dépôt sur le serveur, par ex. \"/depot\" (ou \".\" pour le dossier de connexion)");
        }

        if (s.DelaiSecondes < 1) problems.Error(ConfigPath.Key(path, "delaiSecondes"), $"un nombre de secondes d'au moins 1 est attendu, reçu {s.DelaiSecondes}");
        ValidateKey(s.ClePrivee, ConfigPath.Key(path, "clePrivee"), problems);
        ValidateHostKey(s, hote, ConfigPath.Key(path, "cleHote"), problems);
        if (motDePasse.Length > 0)
        {
            // sftp in batch mode authenticates with the key file alone.
            problems.Error(ConfigPath.Key(path, "motDePasse"),
                "pas de mot de passe en sftp : la connexion se fait par clé seulement (clePrivee) ; retirez motDePasse");
        }
    }

    private static void ValidateKey(string clePrivee, string path, ConfigProblems problems)
    {
        if (clePrivee.Length == 0)
        {
            problems.Error(path, "valeur requise : le fichier de la clé privée SSH du compte (sans phrase de passe, lisible par le seul compte du service) ; " +
                                 "aucun mot de passe n'est accepté dans la configuration");
            return;
        }

        if (PrivateKeyFile.Problem(clePrivee) is { } problem) problems.Error(path, problem);
    }

    private static void ValidateHostKey(SftpConnection s, string hote, string path, ConfigProblems problems)
    {
        var value = s.CleHote.Trim();
        if (value.Length == 0)
        {
            problems.Error(path, $"valeur requise : la clé d'hôte épinglée du serveur (une ligne « ssh-ed25519 AAAA… » ou un fichier known_hosts) ; {Trust}");
            return;
        }

        if (HostKeyLine.TryParse(value) is { } line)
        {
            if (line.HostPattern is { } pattern && hote.Length > 0 && !string.Equals(pattern, HostKeyLine.Pattern(hote, s.Port), StringComparison.OrdinalIgnoreCase))
            {
                problems.Warning(path, $"cette ligne a été relevée pour « {pattern} », la connexion vise « {HostKeyLine.Pattern(hote, s.Port)} » : " +
                                       "seule la clé est utilisée ; vérifiez qu'il s'agit bien du même serveur");
            }

            return;
        }

        if (!File.Exists(value))
        {
            problems.Error(path, $"ni une ligne de clé (« ssh-ed25519 AAAA… ») ni un fichier known_hosts existant : {value} ; {Trust}");
            return;
        }

        try
        {
            if (!File.ReadLines(value).Any(l => HostKeyLine.TryParse(l.Trim()) is not null))
            {
                problems.Error(path, $"le fichier {value} ne contient aucune clé d'hôte ; {Trust}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Error(path, $"fichier known_hosts illisible : {value} (le compte du service doit pouvoir le lire)");
        }
    }
}

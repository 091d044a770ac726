using EntSync.Infrastructure.Sources.Ftp;

namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>
/// An "ftp" source: server, account, a password that comes from a secret (never written in clear in the JSON),
/// encryption said in words, a readable CA file when one is given, and a client that can work here.
/// </summary>
internal static class FtpSourceValidator
{
    public static void Validate(SourceOptions s, string path, IReadOnlySet<string> fromSecrets, ConfigProblems problems)
    {
        if (s.Hote.Trim().Length == 0) problems.Error(ConfigPath.Key(path, "hote"), "valeur requise : le nom ou l'adresse du serveur FTP (par ex. \"ftp.academie.fr\")");
        if (s.Port is < 0 or > 65535) problems.Error(ConfigPath.Key(path, "port"), $"un port entre 1 et 65535 est attendu (0 = 21), reçu {s.Port}");
        if (s.Utilisateur.Trim().Length == 0) problems.Error(ConfigPath.Key(path, "utilisateur"), "valeur requise : le compte FTP");
        if (s.DelaiSecondes < 1) problems.Error(ConfigPath.Key(path, "delaiSecondes"), $"un nombre de secondes d'au moins 1 est attendu, reçu {s.DelaiSecondes}");
        if (s.Chemin.Trim().Length == 0 || s.Chemin.IndexOfAny(['\r', '\n']) >= 0)
        {
            problems.Error(ConfigPath.Key(path, "chemin"), "valeur requise : le dossier de dépôt tel que le compte FTP le voit (par ex. \"/depot\", ou \"/\")");
        }

        ValidatePassword(s, ConfigPath.Key(path, "motDePasse"), fromSecrets, problems);
        ValidateEncryption(s, path, problems);
        if (!s.ModePassif)
        {
            problems.Error(ConfigPath.Key(path, "modePassif"), "le mode actif n'est pas pris en charge : laissez true (mode passif, le seul qui passe les pare-feu)");
        }
    }

    private static void ValidatePassword(SourceOptions s, string path, IReadOnlySet<string> fromSecrets, ConfigProblems problems)
    {
        if (s.MotDePasse.StartsWith(SecretResolver.Marker, StringComparison.Ordinal)) return; // unresolved: the loader said why
        if (s.MotDePasse.Length == 0)
        {
            problems.Error(path, "valeur requise : \"secret:NOM\", le mot de passe étant enregistré à part " +
                                 "(variable d'environnement ENTSYNC_SECRET_NOM ou `entsync secret set NOM`)");
        }
        else if (!fromSecrets.Contains(path))
        {
            problems.Error(path, "mot de passe écrit en clair : remplacez-le par \"secret:NOM\" et enregistrez-le à part, dans la variable " +
                                 "d'environnement ENTSYNC_SECRET_NOM du service ou avec `entsync secret set NOM` (fichier secrets/NOM du dossier de données)");
        }
    }

    private static void ValidateEncryption(SourceOptions s, string path, ConfigProblems problems)
    {
        if (!FtpEncryption.All.Contains(s.Chiffrement))
        {
            problems.Error(ConfigPath.Key(path, "chiffrement"), $"valeur inconnue « {s.Chiffrement} » : « explicite » (FTPS, par défaut) ou « aucun » est attendu");
            return;
        }

        var tls = FtpEncryption.UsesTls(s.Chiffrement);
        if (!tls)
        {
            problems.Warning(ConfigPath.Key(path, "chiffrement"), "FTP sans chiffrement : le mot de passe et les fichiers (données d'élèves) circulent en clair ; " +
                                                                 "à réserver à un réseau de confiance");
        }

        if (!FtpClientKind.All.Contains(s.Client))
        {
            problems.Error(ConfigPath.Key(path, "client"), $"valeur inconnue « {s.Client} » : « auto », « dotnet » ou « curl » est attendu");
        }
        else if (tls && s.Client == FtpClientKind.Dotnet && DotnetFtpClient.TlsDataChannelBroken)
        {
            problems.Error(ConfigPath.Key(path, "client"), $"le client « dotnet » (FtpWebRequest) ne sait pas transférer en FTPS avec .NET {Environment.Version} " +
                                                           "(défaut connu de .NET 10) : choisissez « auto » ou « curl »");
        }

        if (tls && s.FichierAc.Length > 0) CaFileValidator.Validate(s.FichierAc, ConfigPath.Key(path, "fichierAc"), problems);
    }
}

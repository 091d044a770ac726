
namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>An http or webdav destination: an absolute http(s) URL, the body and authentication it needs, the proxy, the CA file, headers.</summary>
internal static class HttpDestinationValidator
{
    private static readonly string[] Bodies = ["multipart", "brut"];
    private static readonly string[] Authentications = ["aucune", "basic", "bearer"];

    public static void Validate(DestinationOptions d, string path, ConfigProblems problems)
    {
        var urlPath = ConfigPath.Key(path, "url");
        if (d.Url.Trim().Length == 0)
        {
            problems.Error(urlPath, d.Type == "webdav"
                ? "valeur requise : l'adresse du dossier WebDAV (https://…/dossier/)"
                : "valeur requise : l'adresse où envoyer le fichier (https://…) ; un jeton dans l'adresse s'écrit {secret:NOM}");
        }
        else if (!d.ResolvedUrl.Contains("{secret:", StringComparison.Ordinal)
                 && (!Uri.TryCreate(d.ResolvedUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            problems.Error(urlPath, "une adresse complète http:// ou https:// est attendue (par ex. https://ent.exemple.fr/import)");
        }
        else if (d.Mode == "reel" && d.Authentification != "aucune" && d.ResolvedUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            problems.Warning(urlPath, "adresse en http:// : le mot de passe ou le jeton circulerait en clair ; utilisez https://");
        }

        if (d.Type == "http")
        {
            if (!Bodies.Contains(d.Corps)) problems.Error(ConfigPath.Key(path, "corps"), $"valeur inconnue « {d.Corps} » : « multipart » (formulaire, comme entcore) ou « brut » est attendu");
            if (d.Corps == "multipart" && d.Champ.Trim().Length == 0) problems.Error(ConfigPath.Key(path, "champ"), "valeur requise : le nom du champ du fichier (entcore : \"file\")");
        }

        ValidateAuthentication(d, path, problems);
        ValidateProxy(d.Proxy, ConfigPath.Key(path, "proxy"), problems);
        CaFileValidator.Validate(d.FichierAc, ConfigPath.Key(path, "fichierAc"), problems);
        if (d.DelaiSecondes is < 1 or > 3600) problems.Error(ConfigPath.Key(path, "delaiSecondes"), $"un nombre de secondes entre 1 et 3600 est attendu, reçu {d.DelaiSecondes}");

        for (var h = 0; h < d.Entetes.Count; h++)
        {
            var headerPath = ConfigPath.Index(ConfigPath.Key(path, "entetes"), h);
            var name = d.Entetes[h].Nom;
            if (name.Length == 0 || name.Any(c => c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".Contains(c)))
            {
                problems.Error(ConfigPath.Key(headerPath, "nom"), $"nom d'en-tête HTTP invalide « {name} » (lettres, chiffres et tirets, par ex. \"X-Cle-Api\")");
            }
        }
    }

    private static void ValidateAuthentication(DestinationOptions d, string path, ConfigProblems problems)
    {
        var authPath = ConfigPath.Key(path, "authentification");
        switch (d.Authentification)
        {
            case "aucune":
                break;
            case "basic":
                if (d.Utilisateur.Length == 0) problems.Error(ConfigPath.Key(path, "utilisateur"), "valeur requise avec authentification basic : le compte de dépôt");
                if (d.MotDePasse.Length == 0) problems.Error(ConfigPath.Key(path, "motDePasse"), "valeur requise avec authentification basic : écrivez \"secret:NOM\" et enregistrez le mot de passe à part");
                break;
            case "bearer":
                if (d.Jeton.Length == 0) problems.Error(ConfigPath.Key(path, "jeton"), "valeur requise avec authentification bearer : écrivez \"secret:NOM\" et enregistrez le jeton à part");
                break;
            default:
                problems.Error(authPath, $"valeur inconnue « {d.Authentification} » : {string.Join(", ", Authentications)} est attendu");
                break;
        }
    }

    private static void ValidateProxy(string proxy, string path, ConfigProblems problems)
    {
        if (proxy is "systeme" or "aucun") return;
        if (!Uri.TryCreate(proxy, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems.Error(path, $"« {proxy} » : « systeme » (réglages de la machine), « aucun » ou l'adresse du proxy (http://proxy.exemple.fr:3128) est attendu");
        }
    }
}

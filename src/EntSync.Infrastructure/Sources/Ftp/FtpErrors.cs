using EntSync.Core.Pipeline.Contracts;

namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// The French message of a failed exchange, for <c>status</c> and the report: what happened and what to change.
/// Configuration errors (login, certificate, missing folder, a client that cannot work) are not worth retrying.
/// </summary>
internal static class FtpErrors
{
    public static DropSourceException ToDropSourceException(FtpException ex, string source, FtpEndpoint endpoint, string folder, string client)
    {
        var server = $"le serveur FTP {endpoint}";
        var (message, configuration) = ex.Failure switch
        {
            FtpFailure.Login => ($"{server} refuse la connexion (identifiant ou mot de passe, réponse 530). Vérifiez « utilisateur » et le secret " +
                                 "nommé dans « motDePasse » (variable ENTSYNC_SECRET_NOM ou `entsync secret set NOM`)" +
                                 (endpoint.Tls ? "." : ", ou retirez « chiffrement »: « aucun » : ce serveur exige peut-être FTPS."), true),
            FtpFailure.Certificate => ($"le certificat de {server} n'est pas reconnu ({ex.Message}). Donnez dans « fichierAc » le certificat " +
                                       "(PEM) de l'autorité qui l'a signé, ou faites-le reconnaître par le magasin de confiance du système.", true),
            FtpFailure.TlsRefused => ($"{server} ne propose pas FTPS (AUTH TLS). Demandez l'activation de FTPS explicite ; « chiffrement »: " +
                                      "« aucun » n'est à envisager que sur un réseau de confiance.", true),
            FtpFailure.SessionReuse => ($"{server} exige la reprise de session TLS sur le canal de données (réponse 522), que le client " +
                                        "« dotnet » ne sait pas faire : choisissez « client »: « auto » ou « curl ».", true),
            FtpFailure.ClientUnavailable => ($"client « {client} » inutilisable : {ex.Message}. " +
                                             (ex.Message.Contains("curl", StringComparison.Ordinal)
                                                 ? "Installez curl (Debian : apt install curl ; Windows 10/Server 2019 et suivants l'ont déjà)."
                                                 : "Choisissez « client »: « auto » ou « curl »."), true),
            FtpFailure.NotFound => ($"le dossier « {folder} » est introuvable sur {server} (réponse 550). Vérifiez « chemin » " +
                                    "(chemin tel que le compte FTP le voit).", true),
            FtpFailure.Refused => ($"{server} refuse l'opération ({ex.Message}). Vérifiez les droits du compte sur « {folder} » et son sous-dossier traites/.", true),
            _ => ($"{server} n'a pas pu être joint ({ex.Message})", false),
        };
        return new DropSourceException($"Source « {source} » : {message}", configuration, ex);
    }
}

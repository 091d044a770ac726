using System.Net.Mail;

namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>
/// What the report needs: messagerie (server, security, account, sender, CA file), each establishment's destinataires
/// and toutVaBien, and the SOURCE-MUETTE delays. Implicit TLS (port 465) is refused here, with the way out: SmtpClient
/// cannot speak it, and every common server (Microsoft 365, Gmail, académie relays) also offers STARTTLS on 587.
/// </summary>
internal static class RapportValidator
{
    public static readonly string[] AudienceKeys = ["tous", "secretariat", "direction", "emploiDuTemps", "administrateurEnt"];

    public static void Validate(MessagerieOptions m, IReadOnlyList<EtablissementOptions> etablissements, SourceMuetteOptions muette, ConfigProblems problems)
    {
        var anyRecipient = false;
        for (var i = 0; i < etablissements.Count; i++)
        {
            anyRecipient |= ValidateRecipients(etablissements[i].Destinataires, ConfigPath.Key(ConfigPath.Index("etablissements", i), "destinataires"), problems);
        }

        foreach (var property in ConfigKeys.Properties(typeof(SourceMuetteOptions)))
        {
            if ((int)property.GetValue(muette)! < 0)
            {
                problems.Error($"controles.sourceMuetteJours.{ConfigKeys.Name(property)}", "un nombre de jours positif est attendu, ou 0 pour ne pas surveiller ce type d'export");
            }
        }

        switch (m.Securite)
        {
            case "starttls" or "aucune":
                break;
            case "tls":
                problems.Error("messagerie.securite", "« tls » (TLS implicite, port 465) n'est pas pris en charge par EntSync : utilisez « starttls » avec le " +
                                                      "port 587, que proposent tous les serveurs courants (Microsoft 365, Gmail, relais académiques)");
                break;
            default:
                problems.Error("messagerie.securite", $"« starttls » (recommandé, port 587) ou « aucune » (relais sur un réseau de confiance, port 25) est attendu, reçu « {m.Securite} »");
                break;
        }

        if (m.Hote.Trim().Length == 0)
        {
            if (anyRecipient)
            {
                problems.Warning("messagerie.hote", "aucun serveur de messagerie : les rapports ne sont pas envoyés aux destinataires, seulement écrits " +
                                                    "(.eml et .html) dans rapports/ du dossier de données");
            }

            return;
        }

        if (!anyRecipient) problems.Warning("etablissements", "serveur de messagerie configuré mais aucun destinataire : renseignez destinataires dans chaque établissement");
        if (m.Port is < 0 or > 65535) problems.Error("messagerie.port", $"un port entre 1 et 65535 est attendu, ou 0 pour le port habituel (587 en starttls, 25 sans chiffrement) ; reçu {m.Port}");
        if (m.Port == 465) problems.Error("messagerie.port", "le port 465 attend du TLS implicite, non pris en charge : utilisez le port 587 avec « starttls »");
        if (m.Expediteur.Trim().Length == 0) problems.Error("messagerie.expediteur", "valeur requise : l'adresse d'expédition des rapports, par ex. entsync@college-exemple.fr");
        else if (!IsAddress(m.Expediteur)) problems.Error("messagerie.expediteur", $"adresse de courriel invalide « {m.Expediteur} »");

        if ((m.Utilisateur.Length > 0) != (m.MotDePasse.Length > 0))
        {
            problems.Error(m.Utilisateur.Length > 0 ? "messagerie.motDePasse" : "messagerie.utilisateur",
                "utilisateur et motDePasse vont ensemble : les deux (motDePasse en \"secret:NOM\") ou aucun (relais sans authentification)");
        }

        if (m.Utilisateur.Length > 0 && m.Securite == "aucune")
        {
            problems.Error("messagerie.securite", "« aucune » avec un utilisateur : le mot de passe circulerait en clair sur le réseau ; utilisez « starttls »");
        }

        if (m.DelaiSecondes < 1) problems.Error("messagerie.delaiSecondes", $"un nombre de secondes d'au moins 1 est attendu, reçu {m.DelaiSecondes}");
        if (m.AbandonApresHeures < 1) problems.Error("messagerie.abandonApresHeures", $"un nombre d'heures d'au moins 1 est attendu, reçu {m.AbandonApresHeures}");
        CaFileValidator.Validate(m.FichierAc, "messagerie.fichierAc", problems);
    }

    private static bool ValidateRecipients(DestinatairesOptions d, string path, ConfigProblems problems)
    {
        var any = false;
        foreach (var (key, list) in new[] { ("tous", d.Tous), ("secretariat", d.Secretariat), ("direction", d.Direction), ("emploiDuTemps", d.EmploiDuTemps), ("administrateurEnt", d.AdministrateurEnt) })
        {
            for (var i = 0; i < list.Count; i++)
            {
                any = true;
                if (!IsAddress(list[i])) problems.Error(ConfigPath.Index(ConfigPath.Key(path, key), i), $"adresse de courriel invalide « {list[i]} » (une adresse par élément, par ex. \"secretariat@college-exemple.fr\")");
            }
        }

        for (var i = 0; i < d.ToutVaBien.Count; i++)
        {
            if (!AudienceKeys.Contains(d.ToutVaBien[i]))
            {
                problems.Error(ConfigPath.Index(ConfigPath.Key(path, "toutVaBien"), i), $"« {d.ToutVaBien[i]} » inconnu : {string.Join(", ", AudienceKeys)} est attendu");
            }
        }

        return any;
    }

    internal static bool IsAddress(string text) =>
        MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim() && address.Host.Contains('.');
}

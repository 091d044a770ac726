namespace EntSync.Core.Rules.Catalog;

/// <summary>
/// What became of the files relayed to the ENT (and to the other destinations of the routes), for the ENT
/// administrator. Raised by the relay, not by a check of the exports' content.
/// </summary>
public static class EntAnomalies
{
    public static readonly AnomalyDefinition EnvoiEchec = new("ENT-ENVOI-ECHEC", Severity.Erreur, Audience.AdministrateurEnt,
        "Envoi vers l'ENT en échec",
        "La destination n'a pas pu être jointe ou a répondu « occupé » à chaque essai (délai dépassé, erreur 5xx, import déjà en cours). " +
        "EntSync réessaie à chaque synchronisation, rien n'est perdu. Vérifiez l'adresse (url), le proxy et le certificat (fichierAc) de la " +
        "destination dans la configuration, et que l'ENT répond ; les tentatives et les réponses sont listées par « entsync ent history ». " +
        "Si la console d'administration de l'ENT montre un import d'emploi du temps bloqué « en cours », attendez sa fin ou faites-le débloquer " +
        "par le support de l'ENT.");

    public static readonly AnomalyDefinition EnvoiRefuse = new("ENT-ENVOI-REFUSE", Severity.Erreur, Audience.AdministrateurEnt,
        "Fichier refusé par l'ENT",
        "L'ENT a refusé le fichier : sa réponse est citée. Vérifiez le compte de dépôt, le mot de passe ou le jeton de la destination, " +
        "et dans la console d'administration de l'ENT le type d'import choisi pour l'établissement (EDT ou UDT ; Skolengo/Kosmos : " +
        "Pédagogie > Gestion emploi du temps > Import automatisé). Ce fichier ne sera pas renvoyé : le suivant partira normalement ; pour " +
        "renvoyer tout de suite, refaites l'export dans EDT (Imports/Exports > Socles ENT) ou dans UDT.");

    public static readonly AnomalyDefinition EnvoiEnAttente = new("ENT-ENVOI-EN-ATTENTE", Severity.Attention, Audience.AdministrateurEnt,
        "Fichier retenu avant l'envoi vers l'ENT",
        "Les derniers contrôles de l'établissement contiennent une anomalie bloquante (renommage de classe ou de groupe, export partiel, " +
        "fichier d'un autre établissement) : l'envoyer supprimerait des contenus de l'ENT. Corrigez l'anomalie citée dans le logiciel " +
        "d'origine et refaites l'export : le fichier corrigé partira seul et celui-ci sera remplacé. Si l'envoi est voulu malgré tout, " +
        "libérez-le avec « entsync ent release N » ; pour l'abandonner, « entsync ent reject N ».");

    public static readonly AnomalyDefinition DoubleExport = new("ENT-DOUBLE-EXPORT", Severity.Attention, Audience.AdministrateurEnt,
        "Deux exports de l'emploi du temps à quelques minutes d'intervalle",
        "Deux fichiers différents de l'emploi du temps du même établissement sont arrivés dans la fenêtre configurée : le plus souvent deux " +
        "exports automatiques sont paramétrés dans EDT (par exemple EDT_… et EDT_PRONOTE_…), et l'ENT rejette l'un des deux. Seul le plus " +
        "récent est envoyé. Dans EDT, ouvrez Imports/Exports > Socles ENT et ne gardez qu'un export automatique vers l'ENT ; dans la console " +
        "d'administration de l'ENT, consultez les bilans d'import (Skolengo/Kosmos : Pédagogie > Gestion emploi du temps > Bilans d'import).");

    public static readonly AnomalyDefinition RentreeImportManuel = new("ENT-RENTREE-IMPORT-MANUEL", Severity.Attention, Audience.AdministrateurEnt,
        "Premier import de l'année scolaire à faire à la main",
        "C'est le premier fichier de cette année scolaire pour cette destination : en début d'année, le premier import dans l'ENT se fait à " +
        "la main avec l'assistant d'import (Skolengo/Kosmos : Pédagogie > Gestion emploi du temps > Assistant d'import ; NEO/ONE : console " +
        "d'administration, import de l'emploi du temps). Faites cet import avec le fichier exporté par EDT (Imports/Exports > Socles ENT > " +
        "Export manuel) ou UDT, puis libérez le fichier retenu avec « entsync ent release N » : les suivants partiront seuls.");

    /// <summary>Every code of this area: the relay reports on all of them at each run.</summary>
    public static IReadOnlyList<AnomalyDefinition> All { get; } = [EnvoiEchec, EnvoiRefuse, EnvoiEnAttente, DoubleExport, RentreeImportManuel];
}

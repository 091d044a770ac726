namespace EntSync.Core.Rules.Catalog;

/// <summary>Problems with the flow of exports rather than their content: an expected export that stopped arriving.</summary>
public static class SourceAnomalies
{
    public static readonly AnomalyDefinition Muette = new("SOURCE-MUETTE", Severity.Attention, Audience.AdministrateurEnt,
        "Export attendu non reçu depuis plusieurs jours",
        "Aucun nouvel export de ce type n'est arrivé depuis plus que le délai configuré (controles.sourceMuetteJours) : l'ENT et les " +
        "contrôles travaillent sur des données anciennes. Vérifiez que la personne qui exporte (secrétariat pour SIECLE, direction pour " +
        "STS-Web, responsable de l'emploi du temps pour EDT/UDT) dépose toujours ses exports dans le dossier de dépôt, et que la source " +
        "est joignable (voir l'état des flux ci-dessous). Pendant les vacances, ignorez l'anomalie jusqu'à la rentrée (controles.ignorer avec jusquau).");
}

namespace EntSync.Core.Rules.Catalog;

/// <summary>Problems with the deposited files themselves, for the ENT administrator.</summary>
public static class FichierAnomalies
{
    public static readonly AnomalyDefinition Illisible = new("FICHIER-ILLISIBLE", Severity.Erreur, Audience.AdministrateurEnt,
        "Fichier illisible ou non reconnu",
        "Le fichier est abîmé, tronqué, modifié à la main ou n'est pas un export attendu. Refaites l'export depuis le logiciel d'origine " +
        "et déposez-le tel quel, sans l'ouvrir ni le renommer.");

    public static readonly AnomalyDefinition AutreEtablissement = new("FICHIER-AUTRE-ETABLISSEMENT", Severity.Erreur, Audience.AdministrateurEnt,
        "Fichier d'un autre établissement",
        "Le fichier porte l'UAI d'un autre établissement. Vérifiez le dossier de dépôt et l'établissement sélectionné lors de l'export.");

    public static readonly AnomalyDefinition AutreAnnee = new("FICHIER-AUTRE-ANNEE", Severity.Attention, Audience.AdministrateurEnt,
        "Fichier d'une autre année scolaire",
        "De mai à la rentrée, SIECLE gère deux années. Le fichier a été conservé mais n'est pas mélangé à l'année en cours ; " +
        "vérifiez l'année choisie lors de l'export si ce n'était pas voulu.");

    public static readonly AnomalyDefinition Inattendu = new("FICHIER-INATTENDU", Severity.Attention, Audience.AdministrateurEnt,
        "Fichier déposé à la place d'un autre",
        "Par exemple le fichier emp_sts (envoi de l'emploi du temps vers STS-Web) au lieu de l'export sts_emp de STS-Web " +
        "(menu Mise à jour > Exports > Emploi du temps). Déposez le fichier attendu.");

    public static readonly AnomalyDefinition ExportPartiel = new("EXPORT-PARTIEL", Severity.Erreur, Audience.AdministrateurEnt,
        "Export nettement plus petit que le précédent",
        "Le nombre d'élèves, de responsables ou de cours a baissé de plus que le seuil depuis l'export précédent du même type : " +
        "probablement une seule classe exportée, ou un export interrompu. Refaites l'export complet avant tout envoi vers l'ENT.");
}

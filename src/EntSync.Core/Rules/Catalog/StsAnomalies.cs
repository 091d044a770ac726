namespace EntSync.Core.Rules.Catalog;

/// <summary>Problems in STS-Web (structures and services), fixed by the direction.</summary>
public static class StsAnomalies
{
    public static readonly AnomalyDefinition NomStructureInvalide = new("STS-NOM-STRUCTURE-INVALIDE", Severity.Erreur, Audience.EmploiDuTemps,
        "Nom de division ou de groupe refusé par STS-Web",
        "STS-Web n'accepte dans un code de structure que des lettres (sans accent), des chiffres, l'espace, « - » et « _ ». Renommez la classe ou le groupe " +
        "dans le logiciel d'emploi du temps, puis refaites la remontée vers STS-Web (Import > Emploi du temps) et les exports " +
        "Structure puis Services. Faites-le avant la rentrée : renommer en cours d'année crée des doublons dans l'ENT.");

    public static readonly AnomalyDefinition EnseignantSansService = new("STS-ENSEIGNANT-SANS-SERVICE", Severity.Erreur, Audience.Direction,
        "Enseignant sans service",
        "Sans service dans STS-Web, l'enseignant n'a aucune classe dans l'ENT (cas fréquent des enseignants d'ULIS). Dans STS-Web, " +
        "menu Services et ARE, ajoutez ses services, puis lancez les exports « Structure » puis « Services » (menu Exports).");

    public static readonly AnomalyDefinition StructureSansService = new("STS-STRUCTURE-SANS-SERVICE", Severity.Attention, Audience.Direction,
        "Division ou groupe sans aucun service",
        "Aucun enseignant n'est rattaché à cette structure : elle sera vide d'enseignants dans l'ENT. Dans STS-Web, menu Services et ARE, " +
        "rattachez les services, ou supprimez la structure si elle n'existe plus ; puis exports « Structure » puis « Services ».");

    public static readonly AnomalyDefinition ExportAncien = new("STS-EXPORT-ANCIEN", Severity.Attention, Audience.Direction,
        "Export STS-Web plus ancien que l'emploi du temps",
        "Les exports de STS-Web n'ont pas été refaits après les dernières modifications de l'emploi du temps. Dans STS-Web : " +
        "Import > Emploi du temps (remontée depuis EDT/UDT), puis Exports > Structure et Exports > Services, puis déposez le nouvel " +
        "export Mise à jour > Exports > Emploi du temps (sts_emp).");
}

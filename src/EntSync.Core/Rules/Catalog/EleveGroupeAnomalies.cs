namespace EntSync.Core.Rules.Catalog;

/// <summary>What SIECLE would reject in the élève-groupe file, checked before the secrétariat imports it (FORMATS.md §12).</summary>
public static class EleveGroupeAnomalies
{
    public static readonly AnomalyDefinition EleveInconnu = new("ELEGROUPE-ELEVE-INCONNU", Severity.Erreur, Audience.EmploiDuTemps,
        "Élève du fichier élève-groupe introuvable dans SIECLE",
        "SIECLE rejettera cet élève (REJELEGROUPE_01) : « Veuillez mettre à jour les identifiants dans votre logiciel d'emploi du temps privé ». " +
        "Réimportez les élèves de SIECLE dans le logiciel d'emploi du temps, puis régénérez le fichier élève-groupe (dans EDT, en mode " +
        "usage exclusif : export des liens élèves/groupes) et importez-le dans SIECLE Base élèves (Importations > Liens élève-groupe).");

    public static readonly AnomalyDefinition GroupeInconnu = new("ELEGROUPE-GROUPE-INCONNU", Severity.Erreur, Audience.EmploiDuTemps,
        "Groupe du fichier élève-groupe inconnu de SIECLE",
        "SIECLE rejettera ce lien (GROUPE_A_01, groupe non référencé). Le groupe doit d'abord exister dans STS-Web et être remonté dans SIECLE " +
        "(exports « Structure » puis « Services » de STS-Web), avant l'import des liens élève-groupe.");

    public static readonly AnomalyDefinition EleveSansMef = new("ELEGROUPE-ELEVE-SANS-MEF", Severity.Erreur, Audience.Secretariat,
        "Élève sans MEF dans un groupe",
        "SIECLE refuse de mettre dans un groupe un élève sans MEF (GROUPE_B_01). Dans SIECLE Base élèves, complétez le MEF de l'élève " +
        "(fiche élève, onglet Scolarité), puis réimportez les liens élève-groupe.");

    public static readonly AnomalyDefinition NomFichier = new("ELEGROUPE-NOM-FICHIER", Severity.Erreur, Audience.EmploiDuTemps,
        "Nom ou année du fichier élève-groupe refusés par SIECLE",
        "SIECLE attend un fichier <UAI>ELEGROUPE<AAAA><AAMMJJhhmmss>.xml, zippé seul sous le même nom .zip, de l'année en cours. " +
        "Ne renommez pas le fichier produit par le logiciel d'emploi du temps ; régénérez-le pour la bonne année, puis déposez le zip tel quel " +
        "dans SIECLE Base élèves (Importations > Liens élève-groupe).");
}

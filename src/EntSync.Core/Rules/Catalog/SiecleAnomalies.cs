namespace EntSync.Core.Rules.Catalog;

/// <summary>Problems in SIECLE Base élèves, fixed by the secrétariat.</summary>
public static class SiecleAnomalies
{
    public static readonly AnomalyDefinition ResponsableDoublon = new("SIECLE-RESPONSABLE-DOUBLON", Severity.Erreur, Audience.Secretariat,
        "Responsable saisi deux fois",
        "Dans SIECLE Base élèves, menu Fiches élèves > Doublons responsables > Chercher : cochez la fiche à supprimer et celle qui la remplace, " +
        "puis « Modifier ». Faites-le de préférence à la rentrée de septembre (ou avant la bascule de mai) : supprimer un doublon supprime " +
        "le compte téléservices du parent et en crée un nouveau. Tant que le doublon existe, le parent a un compte ENT par enfant.");

    public static readonly AnomalyDefinition EleveDoublon = new("SIECLE-ELEVE-DOUBLON", Severity.Erreur, Audience.Secretariat,
        "Élève présent deux fois",
        "Dans SIECLE Base élèves, menu Fiches élèves > Recherche et mises à jour : retrouvez les deux fiches et gardez celle importée " +
        "numériquement. Ne créez jamais à la main la fiche d'un élève venant d'un établissement de l'académie : importez-la " +
        "(Importations > Dossiers depuis autre EPLE ou depuis l'affectation).");

    public static readonly AnomalyDefinition EleveSansIne = new("SIECLE-ELEVE-SANS-INE", Severity.Attention, Audience.Secretariat,
        "Élève sans INE",
        "Sans INE, le compte ÉduConnect et le compte ENT de l'élève ne peuvent pas être rapprochés. Dans SIECLE Base élèves, ouvrez la fiche " +
        "(Fiches élèves > Recherche et mises à jour) et complétez l'identifiant national, ou importez le dossier depuis l'établissement d'origine.");

    public static readonly AnomalyDefinition EleveIncomplet = new("SIECLE-ELEVE-INCOMPLET", Severity.Erreur, Audience.Secretariat,
        "Fiche élève bloquante (incomplète)",
        "Dans SIECLE Base élèves, menu Exploitation > Listes standards > Divers > Fiches bloquantes, ou Fiches élèves > Recherche et mises à jour " +
        "avec l'état « À compléter » : complétez date de naissance, sexe, MEF et commune de naissance (pour un élève né en France).");

    public static readonly AnomalyDefinition EleveSansDivision = new("SIECLE-ELEVE-SANS-DIVISION", Severity.Erreur, Audience.Secretariat,
        "Élève inscrit sans classe",
        "L'élève n'aura ni classe ni emploi du temps dans l'ENT. Dans SIECLE Base élèves, affectez-lui une division " +
        "(Gestion courante > Affectation des élèves dans les divisions), puis refaites l'export XML des élèves (Exportations > En XML).");

    public static readonly AnomalyDefinition EleveSansResponsableLegal = new("SIECLE-ELEVE-SANS-RESPONSABLE-LEGAL", Severity.Erreur, Audience.Secretariat,
        "Élève sans responsable légal",
        "Aucun parent ne recevra de compte ENT ni ÉduConnect pour cet élève. Dans SIECLE Base élèves, onglet Responsables de la fiche élève : " +
        "rattachez le responsable légal (recherchez-le d'abord pour ne pas créer de doublon).");

    public static readonly AnomalyDefinition ResponsablesLegauxMultiples = new("SIECLE-RESPONSABLES-LEGAUX-MULTIPLES", Severity.Attention, Audience.Secretariat,
        "Plus de deux responsables légaux, ou deux « responsable légal 1 »",
        "Dans SIECLE Base élèves, onglet Responsables de la fiche élève : un élève a au plus deux responsables légaux (niveau de responsabilité " +
        "« responsable légal ») ; passez les autres en « personne à contacter » ou « en charge », et vérifiez qu'il ne s'agit pas d'un doublon.");

    public static readonly AnomalyDefinition ResponsableSansContact = new("SIECLE-RESPONSABLE-SANS-CONTACT", Severity.Attention, Audience.Secretariat,
        "Responsable légal sans téléphone portable ni courriel",
        "Le parent ne pourra pas activer seul son compte ÉduConnect (l'activation passe par le téléphone portable déclaré dans SIECLE). " +
        "Dans SIECLE Base élèves, fiche du responsable : renseignez le téléphone portable et, si possible, le courriel.");
}

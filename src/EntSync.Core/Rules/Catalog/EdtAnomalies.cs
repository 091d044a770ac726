namespace EntSync.Core.Rules.Catalog;

/// <summary>Problems in the timetable (EDT/PRONOTE or UDT), fixed by whoever builds it.</summary>
public static class EdtAnomalies
{
    public static readonly AnomalyDefinition PartieDeClasse = new("EDT-PARTIE-DE-CLASSE", Severity.Erreur, Audience.EmploiDuTemps,
        "Cours donnés à une partie de classe",
        "La partie de classe est une notion propre à EDT : ni STS-Web ni l'ENT ne la connaissent, ces cours n'y apparaîtront pas. " +
        "Dans EDT, transformez les parties de classe en groupes (fonction dédiée d'EDT), puis refaites la remontée vers STS-Web et l'export vers l'ENT.");

    public static readonly AnomalyDefinition GroupeRenomme = new("EDT-GROUPE-RENOMME", Severity.Erreur, Audience.EmploiDuTemps,
        "Groupe renommé entre deux exports de l'emploi du temps",
        "L'ENT va supprimer l'ancien groupe et en créer un nouveau : cahier de textes, partages et messages du groupe seront perdus ou " +
        "dédoublés. Redonnez au groupe son ancien nom dans le logiciel d'emploi du temps, puis refaites un import manuel de l'emploi du temps dans l'ENT. " +
        "Ne renommez pas les classes et groupes en cours d'année.");

    public static readonly AnomalyDefinition ClasseRenommee = new("EDT-CLASSE-RENOMMEE", Severity.Erreur, Audience.EmploiDuTemps,
        "Classe renommée entre deux exports de l'emploi du temps",
        "L'ENT va supprimer l'ancienne classe et en créer une nouvelle (doublons de classes, séances du cahier de textes perdues). " +
        "Redonnez à la classe son ancien nom dans le logiciel d'emploi du temps, puis refaites un import manuel de l'emploi du temps dans l'ENT.");

    public static readonly AnomalyDefinition GroupeVide = new("EDT-GROUPE-VIDE", Severity.Attention, Audience.EmploiDuTemps,
        "Groupe sans élève dans l'emploi du temps",
        "EDT refuse de remonter vers STS-Web les groupes sans effectif, et le groupe sera vide dans l'ENT. Dans EDT, affectez les élèves " +
        "au groupe (ou supprimez-le s'il n'existe plus), puis refaites les exports.");

    public static readonly AnomalyDefinition CoursSansEnseignant = new("EDT-COURS-SANS-ENSEIGNANT", Severity.Attention, Audience.EmploiDuTemps,
        "Cours sans enseignant",
        "L'ENT ne crée pas de séance pour un cours sans enseignant. Dans le logiciel d'emploi du temps, affectez l'enseignant, ou rendez " +
        "le cours non exportable s'il ne correspond à aucun service (club, devoirs faits…).");

    public static readonly AnomalyDefinition EnseignantInconnuSts = new("EDT-ENSEIGNANT-INCONNU-STS", Severity.Erreur, Audience.EmploiDuTemps,
        "Enseignant de l'emploi du temps inconnu de STS-Web",
        "L'ENT ne créera pas les cours de cet enseignant (« les noms et prénoms doivent être identiques »). Dans EDT, onglet STS-Web, faites " +
        "la mise en correspondance des professeurs avec l'export sts_emp ; rendez non exportables les personnels absents de STS-Web " +
        "(documentaliste, AESH…).");

    public static readonly AnomalyDefinition EnseignantSansServiceSts = new("EDT-ENSEIGNANT-SANS-SERVICE-STS", Severity.Erreur, Audience.Direction,
        "Enseignant qui a des cours mais aucun service dans STS-Web",
        "L'enseignant a des cours dans l'emploi du temps mais aucun service dans STS-Web : il n'aura pas ces classes dans l'ENT. " +
        "Remontez l'emploi du temps dans STS-Web (Import > Emploi du temps) ou saisissez ses services (Services et ARE), puis exports " +
        "« Structure » et « Services ».");

    public static readonly AnomalyDefinition StructureInconnue = new("EDT-STRUCTURE-INCONNUE", Severity.Erreur, Audience.EmploiDuTemps,
        "Classe ou groupe de l'emploi du temps inconnu de STS-Web",
        "L'ENT ne saura pas à qui rattacher ces cours. Dans EDT, onglet STS-Web, faites la mise en correspondance des classes et groupes ; " +
        "ou créez la structure par la remontée vers STS-Web (Import > Emploi du temps), puis exports « Structure » et « Services ».");

    public static readonly AnomalyDefinition EleveInconnuSiecle = new("EDT-ELEVE-INCONNU-SIECLE", Severity.Attention, Audience.EmploiDuTemps,
        "Élève de l'emploi du temps inconnu de SIECLE",
        "Cet élève n'existe pas (ou plus) dans SIECLE : il n'aura pas de compte ENT. Mettez à jour les élèves du logiciel d'emploi du temps " +
        "depuis SIECLE Base élèves (import des exports XML de SIECLE, ou NetSynchro), et supprimez les élèves créés à la main.");

    public static readonly AnomalyDefinition EleveAbsent = new("EDT-ELEVE-ABSENT", Severity.Attention, Audience.EmploiDuTemps,
        "Élève inscrit dans SIECLE absent de l'emploi du temps",
        "L'élève n'aura pas d'emploi du temps dans l'ENT. Importez les nouveaux élèves de SIECLE Base élèves dans le logiciel d'emploi du temps " +
        "(exports XML de SIECLE, ou NetSynchro) et affectez-les à leur classe et à leurs groupes, puis refaites l'export vers l'ENT.");

    public static readonly AnomalyDefinition EleveSorti = new("EDT-ELEVE-SORTI", Severity.Attention, Audience.EmploiDuTemps,
        "Élève sorti de l'établissement encore dans l'emploi du temps",
        "SIECLE indique une date de sortie : l'élève garde ses cours dans l'ENT tant que l'emploi du temps le place dans ses classes et groupes. " +
        "Mettez à jour les élèves du logiciel d'emploi du temps depuis SIECLE Base élèves pour clore ses inscriptions, puis refaites l'export vers l'ENT.");

    public static readonly AnomalyDefinition EleveClasseDifferente = new("EDT-ELEVE-CLASSE-DIFFERENTE", Severity.Erreur, Audience.EmploiDuTemps,
        "Élève dans une autre classe que dans SIECLE",
        "SIECLE et l'emploi du temps ne placent pas l'élève dans la même classe : l'ENT suivra SIECLE pour le compte et l'emploi du temps " +
        "pour les cours. Corrigez la classe dans l'outil qui se trompe (SIECLE : Gestion courante > Affectation des élèves ; EDT : fiche de l'élève).");
}

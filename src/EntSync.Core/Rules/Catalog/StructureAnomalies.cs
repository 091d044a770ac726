namespace EntSync.Core.Rules.Catalog;

/// <summary>Divisions and groups that SIECLE and STS-Web do not agree on.</summary>
public static class StructureAnomalies
{
    public static readonly AnomalyDefinition DivisionInconnue = new("STRUCTURE-DIVISION-INCONNUE", Severity.Erreur, Audience.Direction,
        "Division connue d'un seul des deux systèmes (SIECLE ou STS-Web)",
        "Les divisions sont gérées dans STS-Web et remontent dans SIECLE par l'export « Structure ». Dans STS-Web, créez ou corrigez la " +
        "division, lancez Exports > Structure, puis dans SIECLE vérifiez l'affectation des élèves et refaites l'export XML.");

    public static readonly AnomalyDefinition GroupeInconnu = new("STRUCTURE-GROUPE-INCONNU", Severity.Erreur, Audience.Direction,
        "Groupe connu d'un seul des deux systèmes (SIECLE ou STS-Web)",
        "Les groupes sont créés dans STS-Web (souvent par la remontée de l'emploi du temps) et arrivent dans SIECLE par les exports " +
        "« Structure » puis « Services ». Refaites ces exports dans STS-Web, puis l'import des liens élève-groupe dans SIECLE " +
        "(Importations > Liens élève-groupe depuis logiciel privé).");
}

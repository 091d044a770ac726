namespace EntSync.Core.Snapshot;

/// <summary>The anomaly codes raised while grouping files, before any check runs.</summary>
public static class FileAnomalyCodes
{
    public const string Illisible = "FICHIER-ILLISIBLE";
    public const string AutreEtablissement = "FICHIER-AUTRE-ETABLISSEMENT";
    public const string AutreAnnee = "FICHIER-AUTRE-ANNEE";
    public const string Inattendu = "FICHIER-INATTENDU";
}

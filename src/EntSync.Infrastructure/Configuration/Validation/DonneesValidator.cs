namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>donnees: a usable data directory (created at first start if missing) and a retention of at least a day.</summary>
internal static class DonneesValidator
{
    public static void Validate(DonneesOptions donnees, ConfigProblems problems)
    {
        FolderAccess.Check(donnees.Dossier, "donnees.dossier", problems, mayBeCreated: true);
        if (donnees.RetentionJours < 1)
        {
            problems.Error("donnees.retentionJours", $"un nombre de jours d'au moins 1 est attendu, reçu {donnees.RetentionJours}");
        }
    }
}

namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>journalisation: a usable folder (created at start if missing), a known level (the Serilog names), at least one file kept.</summary>
internal static class JournalisationValidator
{
    public static readonly string[] Levels = ["Verbose", "Debug", "Information", "Warning", "Error"];

    public static void Validate(JournalisationOptions journalisation, ConfigProblems problems)
    {
        if (!string.IsNullOrEmpty(journalisation.Dossier)) FolderAccess.Check(journalisation.Dossier, "journalisation.dossier", problems, mayBeCreated: true);
        if (!Levels.Contains(journalisation.Niveau, StringComparer.OrdinalIgnoreCase))
        {
            problems.Error("journalisation.niveau", $"niveau inconnu « {journalisation.Niveau} » : {string.Join(", ", Levels)} est attendu");
        }

        if (journalisation.FichiersConserves < 1)
        {
            problems.Error("journalisation.fichiersConserves", $"un nombre de fichiers d'au moins 1 est attendu, reçu {journalisation.FichiersConserves}");
        }
    }
}

namespace EntSync.Infrastructure.Configuration;

/// <summary>Rolling log files (identifiers and counts only, never personal data).</summary>
public sealed class JournalisationOptions
{
    /// <summary>
    /// Empty: logs/ of the data directory, except with the platform's default data directory on Linux, where logs go to
    /// /var/log/entsync (the installed service's log folder). The loader replaces it with the absolute folder.
    /// </summary>
    public string Dossier { get; set; } = "";

    /// <summary>Verbose, Debug, Information, Warning, Error.</summary>
    public string Niveau { get; set; } = "Information";
    public int FichiersConserves { get; set; } = 30;
}

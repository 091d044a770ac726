namespace EntSync.Infrastructure.Configuration;

/// <summary>The data directory (relative paths are relative to the configuration file) and how long to keep things.</summary>
public sealed class DonneesOptions
{
    /// <summary>Empty: the platform default (%ProgramData%\EntSync, /var/lib/entsync).</summary>
    public string Dossier { get; set; } = "";
    public int RetentionJours { get; set; } = 90;
}

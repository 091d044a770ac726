namespace EntSync.Infrastructure.Configuration;

/// <summary>Log files in the data directory's logs/ (identifiers and counts only, never personal data).</summary>
public sealed class JournalisationOptions
{
    /// <summary>Verbose, Debug, Information, Warning, Error.</summary>
    public string Niveau { get; set; } = "Information";
    public int FichiersConserves { get; set; } = 30;
}

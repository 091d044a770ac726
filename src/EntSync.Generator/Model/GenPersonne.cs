namespace EntSync.Generator.Model;

/// <summary>A fictitious guardian or contact (SIECLE PERSONNE).</summary>
public sealed record GenPersonne
{
    public required int PersonneId { get; init; }
    /// <summary>"M." or "MME".</summary>
    public required string Civilite { get; init; }
    public required string NomDeFamille { get; init; }
    public string? NomUsage { get; init; }
    public required string Prenom { get; init; }
    public string? TelPersonnel { get; init; }
    public string? TelPortable { get; init; }
    public string? Mel { get; init; }
    public required GenAdresse Adresse { get; init; }
    public string? CodeProfession { get; init; }
}

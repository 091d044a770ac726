namespace EntSync.Core.Model.Sts;

/// <summary>
/// A weekly course of an EDT_STS file (SERVICE/ENSEIGNANTS/ENSEIGNANT/COURS_RATTACHES/COURS). <see cref="Jour"/> as
/// written (1 = lundi presumably), <see cref="HeureDebut"/> from "HHMM", <see cref="DureeMinutes"/> from "HHMM"
/// ("0130" = 90); each is null when absent or unreadable (the reader then warns).
/// </summary>
public sealed record StsCours
{
    public required string StructureCode { get; init; }
    public required bool SurGroupe { get; init; }
    public required string CodeMatiere { get; init; }
    public string? EnseignantId { get; init; }
    public string? CodeAlternance { get; init; }
    public int? Jour { get; init; }
    public TimeOnly? HeureDebut { get; init; }
    public int? DureeMinutes { get; init; }
    public string? CodeSalle { get; init; }
    public int Line { get; init; }
}

namespace EntSync.Core.Model.Siecle;

/// <summary>
/// A postal address of the "avec adresses" exports (ADRESSE @ADRESSE_ID). Several pupils or persons can share one:
/// they refer to it by <see cref="AdresseId"/>.
/// </summary>
public sealed record Adresse
{
    public required string AdresseId { get; init; }
    public string? Ligne1 { get; init; }
    public string? Ligne2 { get; init; }
    public string? Ligne3 { get; init; }
    public string? Ligne4 { get; init; }
    public string? BoitePostale { get; init; }
    public string? CodePostal { get; init; }
    /// <summary>LIBELLE_POSTAL: the commune as the post office writes it.</summary>
    public string? LibellePostal { get; init; }
    public string? CommuneEtrangere { get; init; }
    public string? CodeCommuneInsee { get; init; }
    public string? CodeDepartement { get; init; }
    public string? CodePays { get; init; }
    public string? LibellePays { get; init; }
    public int Line { get; init; }
}

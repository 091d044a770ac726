namespace EntSync.Core.Model.Edt;

/// <summary>A legal guardian as EDT copies it from SIECLE (at most two per pupil, <see cref="RespLegal"/> 1 or 2).</summary>
public sealed record EdtResponsable
{
    public required string Ident { get; init; }
    public int? RespLegal { get; init; }
    public string? Nom { get; init; }
    public string? Prenom { get; init; }
    public string? Civilite { get; init; }
    public string? Adresse1 { get; init; }
    public string? Adresse2 { get; init; }
    public string? Adresse3 { get; init; }
    public string? Adresse4 { get; init; }
    public string? CodePostal { get; init; }
    public string? Ville { get; init; }
    public string? IdPn { get; init; }
    public string? IdCas { get; init; }
}

namespace EntSync.Core.Model.Edt;

/// <summary>
/// A teacher. <see cref="IdSts"/> is STS-Web's INDIVIDU/@ID (the bridge to sts_emp), <see cref="IdPn"/> PRONOTE's own
/// id, <see cref="IdCas"/> the ENT login id.
/// </summary>
public sealed record EdtProfesseur
{
    public required string Ident { get; init; }
    public string? Nom { get; init; }
    public string? Prenom { get; init; }
    public DateOnly? DateNaissance { get; init; }
    public string? IdSts { get; init; }
    public string? IdPn { get; init; }
    public string? IdCas { get; init; }
}

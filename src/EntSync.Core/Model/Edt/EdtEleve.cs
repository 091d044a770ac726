namespace EntSync.Core.Model.Edt;

/// <summary>
/// A pupil. The bridges to SIECLE are <see cref="NumeroNational"/> (INE), <see cref="IdSconet"/> (ELEVE_ID) and
/// <see cref="IdEtablissement"/> (ID_ELEVE_ETAB). <see cref="Groupes"/> holds direct group memberships when the export
/// carries them (newer format), from either side (Eleve/Groupe or Groupe/Eleve).
/// </summary>
public sealed record EdtEleve
{
    public required string Ident { get; init; }
    public string? Nom { get; init; }
    public string? Prenom { get; init; }
    public DateOnly? DateNaissance { get; init; }
    /// <summary>"Masculin" or "Feminin" as written.</summary>
    public string? Sexe { get; init; }
    public string? CodePostal { get; init; }
    public string? NumeroNational { get; init; }
    public string? IdSconet { get; init; }
    public string? IdEtablissement { get; init; }
    public string? IdPn { get; init; }
    public string? IdCas { get; init; }
    public IReadOnlyList<EdtResponsable> Responsables { get; init; } = [];
    public IReadOnlyList<EdtInscription> Classes { get; init; } = [];
    public IReadOnlyList<EdtInscription> PartiesDeClasse { get; init; } = [];
    public IReadOnlyList<EdtInscription> Groupes { get; init; } = [];
}

namespace EntSync.Core.Model.EleveGroupe;

/// <summary>
/// A pupil of an élève-groupe file with their groups. SIECLE matches them by <see cref="EleveId"/>, else
/// <see cref="IdNational"/> (INE), else <see cref="IdPrvEle"/>, else by names and birth date.
/// </summary>
public sealed record EleveGroupeEleve
{
    public string? EleveId { get; init; }
    public string? IdNational { get; init; }
    public string? IdPrvEle { get; init; }
    public string? NomDeFamille { get; init; }
    public string? NomUsage { get; init; }
    public string? Prenom { get; init; }
    public string? Prenom2 { get; init; }
    public string? Prenom3 { get; init; }
    public DateOnly? DateNaiss { get; init; }
    public IReadOnlyList<EleveGroupeLien> Groupes { get; init; } = [];
    public int Line { get; init; }

    public EleveGroupeIdentifiant Identifiant => (EleveId, IdNational, IdPrvEle) switch
    {
        (not null, null, null) => EleveGroupeIdentifiant.EleveId,
        (null, not null, null) => EleveGroupeIdentifiant.IdNational,
        (null, null, not null) => EleveGroupeIdentifiant.IdPrvEle,
        (null, null, null) => EleveGroupeIdentifiant.Aucun,
        _ => EleveGroupeIdentifiant.Plusieurs,
    };
}

namespace EntSync.Core.Model.Siecle;

/// <summary>
/// A pupil–person link (RESPONSABLE_ELEVE). Files since 2019 carry <see cref="NiveauResponsabilite"/> (1 = responsable
/// légal, 2 = en charge, 3 = personne à contacter) and <see cref="PaieFraisScolaires"/>; older ones <see cref="RespLegal"/>
/// (0, 1, 2). <see cref="LegalRank"/> is the responsable légal 1 or 2 derived from either layout (FORMATS.md §3).
/// </summary>
public sealed record ResponsableEleve
{
    public required string EleveId { get; init; }
    public required string PersonneId { get; init; }
    public int? NiveauResponsabilite { get; init; }
    /// <summary>Old layout only: 0 non légal, 1 or 2.</summary>
    public int? RespLegal { get; init; }
    /// <summary>Two characters in the new layout ("10" mère, "20" père, "50" tuteur…), one in the old one.</summary>
    public string? CodeParente { get; init; }
    public bool? PaieFraisScolaires { get; init; }
    /// <summary>1 or 2 for a responsable légal, null otherwise (or beyond the second responsable légal of a pupil).</summary>
    public int? LegalRank { get; init; }
    public int Line { get; init; }
}

namespace EntSync.Core.Model.Siecle;

/// <summary>
/// A pupil of BEE_ELEVES (FORMATS.md §2). Ids are kept as written ("0001" stays "0001"): they are join keys, not numbers.
/// <see cref="Division"/> is the code of the pupil's TYPE_STRUCTURE D structure (null when none), <see cref="Groupes"/>
/// the codes of the G structures; both come from the STRUCTURES block, joined on <see cref="EleveId"/>.
/// </summary>
public sealed record Eleve
{
    public required string EleveId { get; init; }
    /// <summary>ELENOET: the attribute when present, else the element (they can disagree in hand-edited files).</summary>
    public string? Elenoet { get; init; }
    /// <summary>ID_NATIONAL, the INE; null for a newcomer not yet registered.</summary>
    public string? Ine { get; init; }
    public string? IneRnie { get; init; }
    public string? IneBea { get; init; }
    public string? IdPrvEle { get; init; }
    public string? IdEleveEtab { get; init; }
    /// <summary>NOM_DE_FAMILLE, or NOM in files older than 2016.</summary>
    public string? NomDeFamille { get; init; }
    public string? NomUsage { get; init; }
    public string? Prenom { get; init; }
    public string? Prenom2 { get; init; }
    public string? Prenom3 { get; init; }
    public DateOnly? DateNaiss { get; init; }
    /// <summary>"1" masculin, "2" féminin.</summary>
    public string? CodeSexe { get; init; }
    /// <summary>Birth country (100 = France).</summary>
    public string? CodePays { get; init; }
    public string? CodeDepartementNaiss { get; init; }
    public string? CodeCommuneInseeNaiss { get; init; }
    public string? VilleNaiss { get; init; }
    public string? CodeMef { get; init; }
    public string? CodeStatut { get; init; }
    public string? CodeRegime { get; init; }
    public DateOnly? DateEntree { get; init; }
    /// <summary>Set when the pupil has left the school; such pupils stay in the export.</summary>
    public DateOnly? DateSortie { get; init; }
    public string? AdresseId { get; init; }
    public string? Division { get; init; }
    public IReadOnlyList<string> Groupes { get; init; } = [];
    public int Line { get; init; }
}

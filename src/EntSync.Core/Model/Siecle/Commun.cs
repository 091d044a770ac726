namespace EntSync.Core.Model.Siecle;

/// <summary>
/// The school as Communs.xml describes it (DONNEES/UAJ) and the bounds of the pupils' school year
/// (DONNEES/ANNEE_SCOLAIRE: DATE_DEBUT_ELEVE/DATE_FIN_ELEVE in files, DATE_DEB_ELEVE in the spec).
/// </summary>
public sealed record Commun
{
    public string? Uai { get; init; }
    public string? NumSiren { get; init; }
    public string? DenomPrinc { get; init; }
    public string? DenomCompl { get; init; }
    public string? NomResp { get; init; }
    public string? QualResp { get; init; }
    public string? Ligne1 { get; init; }
    public string? Ligne2 { get; init; }
    public string? Ligne3 { get; init; }
    public string? Ligne4 { get; init; }
    public string? CodePostal { get; init; }
    public string? LibellePostal { get; init; }
    public string? CodeCommuneInsee { get; init; }
    public string? Telephone { get; init; }
    public string? Mel { get; init; }
    public string? CodeTypeEtab { get; init; }
    public DateOnly? DateDebutEleve { get; init; }
    public DateOnly? DateFinEleve { get; init; }
    public DateOnly? DateDebutProf { get; init; }
    public DateOnly? DateFinProf { get; init; }
}

namespace EntSync.Core.Model.Sts;

/// <summary>
/// A member of staff as STS-Web lists them (STS_EDT INDIVIDU). <see cref="Id"/> is the key the services' ENSEIGNANT/@ID
/// and Index's Professeur/@IDSTS point to; empty when the file omits it. <see cref="Fonction"/>: ENS enseignant,
/// EDU vie scolaire, DIR direction… <see cref="Sexe"/> "1"/"2", <see cref="Civilite"/> "1".."3" as STS codes them.
/// <see cref="Disciplines"/> are recruitment disciplines (DISCIPLINE/@CODE), not the subjects taught.
/// </summary>
public sealed record Individu
{
    public required string Id { get; init; }
    public string? Type { get; init; }
    public string? NomUsage { get; init; }
    public string? NomPatronymique { get; init; }
    public string? Prenom { get; init; }
    public string? Sexe { get; init; }
    public string? Civilite { get; init; }
    public DateOnly? DateNaissance { get; init; }
    public string? Grade { get; init; }
    public string? Fonction { get; init; }
    public IReadOnlyList<ProfPrincipal> ProfsPrincipaux { get; init; } = [];
    public IReadOnlyList<string> Disciplines { get; init; } = [];
    public int Line { get; init; }

    public bool IsEnseignant => string.Equals(Fonction, "ENS", StringComparison.OrdinalIgnoreCase);
}

namespace EntSync.Generator.Model;

/// <summary>
/// A member of staff as STS-Web lists them (INDIVIDU). <see cref="Fonction"/>: ENS enseignant, DIR direction,
/// EDU vie scolaire. <see cref="ProfPrincipalDe"/> holds the division codes where they are professeur principal.
/// </summary>
public sealed record GenIndividu
{
    public required int Id { get; init; }
    public required string NomUsage { get; init; }
    public required string NomPatronymique { get; init; }
    public required string Prenom { get; init; }
    /// <summary>"1" masculin, "2" féminin.</summary>
    public required string Sexe { get; init; }
    public required DateOnly DateNaissance { get; init; }
    public required string Fonction { get; init; }
    public string Grade { get; init; } = "CERT. CN";
    public string? DisciplineCode { get; init; }
    public IReadOnlyList<string> ProfPrincipalDe { get; init; } = [];
    /// <summary>Position in the school's list, used as the internal id of timetable files.</summary>
    public required int Numero { get; init; }
    /// <summary>Known to the timetable but not to STS-Web (an anomaly: a teacher added by hand in EDT): sts_emp leaves them out.</summary>
    public bool HorsSts { get; init; }
}

namespace EntSync.Core.Snapshot.Timetable;

/// <summary>
/// A pupil as the timetable knows them, with the SIECLE identifiers it carries (INE, ELEVE_ID) and the names of their
/// class, groups and parties de classe.
/// </summary>
public sealed record TimetableEleve(string Key, string? Ine, string? EleveId, string? Nom, string? Prenom, DateOnly? DateNaissance)
{
    public string? Classe { get; init; }
    public IReadOnlyList<string> Groupes { get; init; } = [];
    public IReadOnlyList<string> Parties { get; init; } = [];
}

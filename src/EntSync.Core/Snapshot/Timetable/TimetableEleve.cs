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

    /// <summary>
    /// The last day the timetable keeps the pupil in a class or group (the latest end of their memberships, which EDT's
    /// clear export dates); null when a membership is open-ended or the source gives no dates (UDT).
    /// </summary>
    public DateOnly? DateSortie { get; init; }
}

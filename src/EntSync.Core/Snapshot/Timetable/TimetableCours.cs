namespace EntSync.Core.Snapshot.Timetable;

/// <summary>
/// One course of the timetable: its subject, teachers (keys of <see cref="TimetableEnseignant"/>) and the names of the
/// classes, groups and parties de classe it is given to.
/// </summary>
public sealed record TimetableCours(string Matiere, IReadOnlyList<string> Enseignants, IReadOnlyList<string> Structures)
{
    public int? Jour { get; init; }
    public TimeOnly? Debut { get; init; }
}

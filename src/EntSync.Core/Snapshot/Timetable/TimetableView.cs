using EntSync.Core.Model;

namespace EntSync.Core.Snapshot.Timetable;

/// <summary>
/// The timetable whatever produced it (EDT clear export, UDT, EDT text export, emp_sts), in one shape so that each
/// timetable check is written once. <see cref="HasEleves"/> is false for sources that carry no pupils.
/// </summary>
public sealed record TimetableView(ExportKind Source, string File)
{
    public IReadOnlyList<TimetableEnseignant> Enseignants { get; init; } = [];
    public IReadOnlyList<TimetableStructure> Structures { get; init; } = [];
    public IReadOnlyList<TimetableEleve> Eleves { get; init; } = [];
    public IReadOnlyList<TimetableCours> Cours { get; init; } = [];
    public bool HasEleves { get; init; }
}

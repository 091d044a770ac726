namespace EntSync.Core.Snapshot.Timetable;

/// <summary>A class, group or partie de classe as the timetable names it; <see cref="Classes"/> are the classes it draws from.</summary>
public sealed record TimetableStructure(string Nom, TimetableStructureKind Kind, IReadOnlyList<string> Classes);

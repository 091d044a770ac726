namespace EntSync.Core.Snapshot.Timetable;

/// <summary>A teacher as the timetable knows them. <see cref="IdSts"/> is the STS-Web INDIVIDU id when the software carries it.</summary>
public sealed record TimetableEnseignant(string Key, string? IdSts, string? Nom, string? Prenom, DateOnly? DateNaissance);

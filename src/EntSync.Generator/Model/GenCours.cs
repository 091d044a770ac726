namespace EntSync.Generator.Model;

/// <summary>
/// One weekly course of the timetable. <see cref="Jour"/> 1 = lundi … 5 = vendredi; <see cref="Alternance"/> "H" every
/// week, "Q1"/"Q2" odd/even weeks. <see cref="Enseignant"/> is null for a course with no teacher (an anomaly);
/// <see cref="PartieDeClasse"/> names a partie de classe when the course is given to one instead of a group.
/// </summary>
public sealed record GenCours
{
    public required int Numero { get; init; }
    public required int Jour { get; init; }
    public required TimeOnly HeureDebut { get; init; }
    public required int DureeMinutes { get; init; }
    public required string CodeMatiere { get; init; }
    public int? Enseignant { get; init; }
    public required string StructureCode { get; init; }
    public required bool SurGroupe { get; init; }
    public string? PartieDeClasse { get; init; }
    public required string Salle { get; init; }
    public string Alternance { get; init; } = "H";
}

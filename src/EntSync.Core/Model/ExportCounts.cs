namespace EntSync.Core.Model;

/// <summary>
/// Record counts of one export. A count that does not apply to the kind stays null and is omitted from JSON.
/// Vocabulary (DESIGN.md §5b): Eleves pupils, Personnes PERSONNE records, Responsables pupil–guardian links,
/// Enseignants teachers, Liens pupil–group links.
/// </summary>
public sealed record ExportCounts
{
    public int? Eleves { get; init; }
    public int? Responsables { get; init; }
    public int? Personnes { get; init; }
    public int? Divisions { get; init; }
    public int? Groupes { get; init; }
    public int? Enseignants { get; init; }
    public int? Services { get; init; }
    public int? Cours { get; init; }
    public int? Matieres { get; init; }
    public int? Salles { get; init; }
    public int? Liens { get; init; }
}

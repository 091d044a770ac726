namespace EntSync.Core.Model.Edt;

/// <summary>
/// A weekly course of the clear export: day (1 = lundi), first place and number of places of the grid, subject ident,
/// and its participants. Real exports hold courses with only a subject (no teacher, no class).
/// </summary>
public sealed record EdtCours
{
    public int? Jour { get; init; }
    public int? NumeroPlaceDebut { get; init; }
    public int? NombrePlaces { get; init; }
    public string? Matiere { get; init; }
    public IReadOnlyList<EdtCoursRef> Professeurs { get; init; } = [];
    public IReadOnlyList<EdtCoursRef> Classes { get; init; } = [];
    public IReadOnlyList<EdtCoursRef> PartiesDeClasse { get; init; } = [];
    public IReadOnlyList<EdtCoursRef> Groupes { get; init; } = [];
    public IReadOnlyList<EdtCoursRef> Salles { get; init; } = [];
    public int Line { get; init; }
}

namespace EntSync.Core.Model.Edt;

/// <summary>The clear EDT/PRONOTE export to an ENT (ExportEmploiDuTemps, FORMATS.md §9.2).</summary>
public sealed record EdtClairExport : IExportContent
{
    public string? Version { get; init; }
    public string? Uai { get; init; }
    public EdtGrille Grille { get; init; } = new();
    public IReadOnlyList<EdtMatiere> Matieres { get; init; } = [];
    public IReadOnlyList<EdtProfesseur> Professeurs { get; init; } = [];
    public IReadOnlyList<EdtClasse> Classes { get; init; } = [];
    public IReadOnlyList<EdtPartieDeClasse> PartiesDeClasse { get; init; } = [];
    public IReadOnlyList<EdtGroupe> Groupes { get; init; } = [];
    public IReadOnlyList<EdtSalle> Salles { get; init; } = [];
    public IReadOnlyList<EdtEleve> Eleves { get; init; } = [];
    public IReadOnlyList<EdtCours> Cours { get; init; } = [];
    public required ExportCounts Counts { get; init; }
}

namespace EntSync.Core.Model.Sts;

/// <summary>
/// The content of an emp_sts file (root EDT_STS), the timetable software's upload to STS-Web: structures, services,
/// the weekly courses under each teacher, and the week patterns. Teachers are known only by their STS id.
/// </summary>
public sealed record EdtStsExport : IExportContent
{
    public IReadOnlyList<Alternance> Alternances { get; init; } = [];
    public IReadOnlyList<StsDivision> Divisions { get; init; } = [];
    public IReadOnlyList<StsGroupe> Groupes { get; init; } = [];
    public IReadOnlyList<StsService> Services { get; init; } = [];
    public IReadOnlyList<StsCours> Cours { get; init; } = [];

    public ExportCounts Counts => new()
    {
        Divisions = Divisions.Count,
        Groupes = Groupes.Count,
        Services = Services.Count,
        Cours = Cours.Count,
        Enseignants = CountEnseignants(),
    };

    private int CountEnseignants()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in Services)
        {
            foreach (var id in s.Enseignants) ids.Add(id);
        }

        return ids.Count;
    }
}

namespace EntSync.Core.Model.Sts;

/// <summary>
/// The content of an STS-Web sts_emp file (root STS_EDT): the authoritative staff, subjects, MEFs, divisions, groups
/// and services of the school. <see cref="Services"/> holds every service of <see cref="Divisions"/> and
/// <see cref="Groupes"/> in file order.
/// </summary>
public sealed record StsEmpExport : IExportContent
{
    public DateOnly? DebutAnnee { get; init; }
    public DateOnly? FinAnnee { get; init; }
    public IReadOnlyList<Individu> Individus { get; init; } = [];
    public IReadOnlyList<StsMatiere> Matieres { get; init; } = [];
    public IReadOnlyList<StsMef> Mefs { get; init; } = [];
    public IReadOnlyList<StsDivision> Divisions { get; init; } = [];
    public IReadOnlyList<StsGroupe> Groupes { get; init; } = [];
    public IReadOnlyList<StsService> Services { get; init; } = [];

    public ExportCounts Counts => new()
    {
        Enseignants = CountEnseignants(),
        Divisions = Divisions.Count,
        Groupes = Groupes.Count,
        Services = Services.Count,
        Matieres = Matieres.Count,
    };

    private int CountEnseignants()
    {
        var n = 0;
        foreach (var i in Individus)
        {
            if (i.IsEnseignant) n++;
        }

        return n;
    }
}

namespace EntSync.Core.Model.Udt;

/// <summary>
/// The content of a UDT zip export. <see cref="Fichiers"/> lists the UDCal entries found (as named in the zip).
/// Counts: Enseignants every prof of UDCal_04, Liens the pupil–group memberships of UDCal_21 (those naming a group).
/// </summary>
public sealed record UdtExport : IExportContent
{
    public IReadOnlyList<string> Fichiers { get; init; } = [];
    public UdtInit? Init { get; init; }
    public UdtCalendrier Calendrier { get; init; } = UdtCalendrier.Empty;
    public IReadOnlyList<UdtSalle> Salles { get; init; } = [];
    public IReadOnlyList<UdtProfesseur> Professeurs { get; init; } = [];
    public IReadOnlyList<UdtMatiere> Matieres { get; init; } = [];
    public IReadOnlyList<UdtDemiSequence> DemiSequences { get; init; } = [];
    public IReadOnlyList<UdtDivision> Divisions { get; init; } = [];
    public IReadOnlyList<UdtEleve> Eleves { get; init; } = [];
    public IReadOnlyList<UdtFiche> Fiches { get; init; } = [];
    public IReadOnlyList<UdtLigneFiche> Lignes { get; init; } = [];
    public IReadOnlyList<UdtGroupe> Groupes { get; init; } = [];
    public IReadOnlyList<UdtEleveGroupe> ElevesGroupes { get; init; } = [];
    public IReadOnlyList<UdtCours> Cours { get; init; } = [];

    public ExportCounts Counts => new()
    {
        Salles = Salles.Count,
        Enseignants = Professeurs.Count,
        Matieres = Matieres.Count,
        Divisions = Divisions.Count,
        Eleves = Eleves.Count,
        Groupes = Groupes.Count,
        Liens = CountGroupLinks(),
        Cours = Cours.Count,
    };

    private int CountGroupLinks()
    {
        var n = 0;
        foreach (var l in ElevesGroupes)
        {
            if (l.Gpe is not null) n++;
        }

        return n;
    }
}

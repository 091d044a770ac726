namespace EntSync.Core.Model.EleveGroupe;

/// <summary>
/// The content of a "liens élève-groupe" file (root IMPORT_ELEVES with GROUPES), which a timetable software sends to
/// SIECLE to replace every pupil–group link of the school.
/// </summary>
public sealed record EleveGroupeExport : IExportContent
{
    public required EleveGroupeParametres Parametres { get; init; }
    public IReadOnlyList<EleveGroupeEleve> Eleves { get; init; } = [];

    public ExportCounts Counts
    {
        get
        {
            var liens = 0;
            var groupes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in Eleves)
            {
                liens += e.Groupes.Count;
                foreach (var g in e.Groupes) groupes.Add(g.CodeGroupe);
            }

            return new ExportCounts { Eleves = Eleves.Count, Liens = liens, Groupes = groupes.Count };
        }
    }
}

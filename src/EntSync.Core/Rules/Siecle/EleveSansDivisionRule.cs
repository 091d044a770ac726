using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Siecle;

/// <summary>
/// SIECLE-ELEVE-SANS-DIVISION: a pupil still in the school with no D structure (the pseudo-division « Inactifs » and
/// leavers are not pupils to place). When no pupil at all has a class, the export was made before the pupils were
/// placed in divisions: one anomaly says so instead of one per pupil.
/// </summary>
public sealed class EleveSansDivisionRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [SiecleAnomalies.EleveSansDivision.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.Missing(pair.Current, ExportKind.SiecleEleves);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var file = pair.Current.FileOf(ExportKind.SiecleEleves);
        var actifs = SiecleEleves.ById(pair.Current.Eleves!).Values.Where(e => SiecleEleves.IsActive(e, settings.Today)).ToList();
        var sansDivision = actifs.Where(e => SiecleEleves.Blank(e.Division) is null).ToList();
        if (sansDivision.Count > 1 && sansDivision.Count == actifs.Count)
        {
            yield return SiecleAnomalies.EleveSansDivision.Create(
                "SiecleEleves:aucune-division",
                $"Aucun des {actifs.Count} élèves inscrits n'a de classe dans {SiecleFiles.Label(file)} : les élèves n'étaient pas encore affectés dans les " +
                "divisions au moment de l'export (ou les structures n'ont pas été remontées de STS-Web).",
                file);
            yield break;
        }

        foreach (var eleve in sansDivision)
        {
            yield return SiecleAnomalies.EleveSansDivision.Create(
                $"ELEVE_ID:{eleve.EleveId}",
                $"{SiecleEleves.Describe(eleve)} : inscrit{SiecleEleves.Accord(eleve)} mais affecté{SiecleEleves.Accord(eleve)} à aucune division — {SiecleFiles.Label(file)}.",
                file);
        }
    }
}

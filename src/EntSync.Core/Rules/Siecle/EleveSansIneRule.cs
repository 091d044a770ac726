using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Siecle;

/// <summary>
/// SIECLE-ELEVE-SANS-INE: a pupil still in the school without INE (ID_NATIONAL, else INE_RNIE / INE_BEA). ÉduConnect and
/// the ENT match pupils on it; Pix and other consumers skip such pupils.
/// </summary>
public sealed class EleveSansIneRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [SiecleAnomalies.EleveSansIne.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.Missing(pair.Current, ExportKind.SiecleEleves);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var file = pair.Current.FileOf(ExportKind.SiecleEleves);
        return SiecleEleves.ById(pair.Current.Eleves!).Values
            .Where(e => SiecleEleves.IsActive(e, settings.Today) && SiecleEleves.Ine(e) is null)
            .Select(e => SiecleAnomalies.EleveSansIne.Create(
                $"ELEVE_ID:{e.EleveId}",
                $"{SiecleEleves.Describe(e)} n'a pas d'INE (identifiant national vide) — {SiecleFiles.Label(file)}.",
                file));
    }
}

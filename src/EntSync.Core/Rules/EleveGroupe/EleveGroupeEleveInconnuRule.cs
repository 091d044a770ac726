using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Rules.EdtEleves;
using EntSync.Core.Snapshot.Matching;

namespace EntSync.Core.Rules.EleveGroupe;

/// <summary>
/// ELEGROUPE-ELEVE-INCONNU: a pupil of the élève-groupe file SIECLE will not find (REJELEGROUPE_01), looked up the way
/// SIECLE does: ELEVE_ID, INE or ID_PRV_ELE, then names and birth date.
/// </summary>
public sealed class EleveGroupeEleveInconnuRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EleveGroupeAnomalies.EleveInconnu.Code];

    public string? MissingInput(SnapshotPair pair) => EleveGroupeInputs.WithSiecleEleves(pair);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var matcher = PupilMatcher.Of(snapshot.Eleves!);
        var file = snapshot.FileOf(ExportKind.EleveGroupe);
        var siecleFile = snapshot.FileOf(ExportKind.SiecleEleves);
        foreach (var e in snapshot.EleveGroupe!.Eleves)
        {
            if (matcher.Match(e) is not null) continue;
            var links = e.Groupes.Count == 1 ? "son lien avec le groupe" : "ses liens avec les groupes";
            yield return EleveGroupeAnomalies.EleveInconnu.Create(
                EleveGroupeInputs.Subject(e),
                $"{PupilLabel.Of(e)}, élève du fichier élève-groupe {PupilLabel.File(file)} ({EleveGroupeInputs.Identifier(e)}), est introuvable " +
                $"dans SIECLE ({PupilLabel.File(siecleFile)}) : SIECLE rejettera {links} {EleveGroupeInputs.Groups(e)}.",
                file, siecleFile);
        }
    }
}

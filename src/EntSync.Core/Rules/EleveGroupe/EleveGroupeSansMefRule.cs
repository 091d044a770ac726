using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Rules.EdtEleves;
using EntSync.Core.Snapshot.Matching;

namespace EntSync.Core.Rules.EleveGroupe;

/// <summary>ELEGROUPE-ELEVE-SANS-MEF: a pupil of the élève-groupe file whose SIECLE record has no CODE_MEF (GROUPE_B_01).</summary>
public sealed class EleveGroupeSansMefRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EleveGroupeAnomalies.EleveSansMef.Code];

    public string? MissingInput(SnapshotPair pair) => EleveGroupeInputs.WithSiecleEleves(pair);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var matcher = PupilMatcher.Of(snapshot.Eleves!);
        var file = snapshot.FileOf(ExportKind.EleveGroupe);
        var siecleFile = snapshot.FileOf(ExportKind.SiecleEleves);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in snapshot.EleveGroupe!.Eleves)
        {
            if (e.Groupes.Count == 0 || matcher.Match(e) is not { } siecle || !string.IsNullOrWhiteSpace(siecle.CodeMef) || !seen.Add(siecle.EleveId)) continue;
            yield return EleveGroupeAnomalies.EleveSansMef.Create(
                TimetablePupils.Subject(siecle),
                $"{PupilLabel.Of(siecle)} n'a pas de MEF dans SIECLE ({PupilLabel.File(siecleFile)}) : SIECLE refusera de l'inscrire " +
                $"dans {(e.Groupes.Count == 1 ? "le groupe" : "les groupes")} {EleveGroupeInputs.Groups(e)} du fichier élève-groupe {PupilLabel.File(file)}.",
                file, siecleFile);
        }
    }
}

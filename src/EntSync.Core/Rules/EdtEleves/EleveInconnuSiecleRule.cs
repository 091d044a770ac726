using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.EdtEleves;

/// <summary>
/// EDT-ELEVE-INCONNU-SIECLE: a pupil of the timetable that SIECLE does not have, by ELEVE_ID, INE or name and birth date
/// (a pupil typed by hand in the timetable software, or one SIECLE deleted): the ENT will give them no account.
/// </summary>
public sealed class EleveInconnuSiecleRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EdtAnomalies.EleveInconnuSiecle.Code];

    public string? MissingInput(SnapshotPair pair) => TimetablePupils.MissingInput(pair);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var timetable = snapshot.Timetable!;
        var files = TimetablePupils.Files(snapshot);
        foreach (var (edt, siecle) in TimetablePupils.Matched(snapshot))
        {
            if (siecle is not null) continue;
            var ids = new List<string>(2);
            if (!string.IsNullOrWhiteSpace(edt.EleveId)) ids.Add($"identifiant SIECLE {edt.EleveId.Trim()}");
            if (!string.IsNullOrWhiteSpace(edt.Ine)) ids.Add($"INE {edt.Ine.Trim()}");
            var carried = ids.Count == 0 ? "sans identifiant SIECLE" : string.Join(", ", ids);
            yield return EdtAnomalies.EleveInconnuSiecle.Create(
                TimetablePupils.Subject(edt, timetable.Source),
                $"{PupilLabel.Of(edt)}, élève de l'emploi du temps ({ExportKindLabels.French(timetable.Source)}, {carried}), " +
                $"est introuvable dans SIECLE ({PupilLabel.File(snapshot.FileOf(ExportKind.SiecleEleves))}), ni par ses identifiants ni par ses nom, prénom et date de naissance.",
                files);
        }
    }
}

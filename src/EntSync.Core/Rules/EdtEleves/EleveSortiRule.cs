using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Rules.EdtEleves;

/// <summary>
/// EDT-ELEVE-SORTI: a pupil who left per SIECLE (DATE_SORTIE on or before today) and whom the timetable still keeps in
/// a class or group today. When the timetable dates its memberships (EDT) and closed them, it knows: nothing to say.
/// </summary>
public sealed class EleveSortiRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EdtAnomalies.EleveSorti.Code];

    public string? MissingInput(SnapshotPair pair) => TimetablePupils.MissingInput(pair);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var timetable = snapshot.Timetable!;
        foreach (var (edt, siecle) in TimetablePupils.Matched(snapshot))
        {
            if (siecle?.DateSortie is not { } sortie || sortie > settings.Today || !StillIn(edt, settings.Today)) continue;

            var where = new List<string>(3);
            if (!string.IsNullOrWhiteSpace(edt.Classe)) where.Add($"classe {edt.Classe}");
            if (edt.Groupes.Count > 0) where.Add($"groupe{(edt.Groupes.Count > 1 ? "s" : "")} {string.Join(", ", edt.Groupes)}");
            if (edt.Parties.Count > 0) where.Add($"partie{(edt.Parties.Count > 1 ? "s" : "")} de classe {string.Join(", ", edt.Parties)}");
            var until = edt.DateSortie is { } end ? $", jusqu'au {PupilLabel.Date(end)}" : "";
            yield return EdtAnomalies.EleveSorti.Create(
                TimetablePupils.Subject(siecle),
                $"{PupilLabel.Of(siecle)} est {PupilLabel.Agree(siecle, "sorti")} de l'établissement le {PupilLabel.Date(sortie)} selon SIECLE, " +
                $"mais l'emploi du temps ({ExportKindLabels.French(timetable.Source)}) l'inscrit encore en {string.Join(", ", where)}{until}.",
                TimetablePupils.Files(snapshot));
        }
    }

    private static bool StillIn(TimetableEleve e, DateOnly today) =>
        (!string.IsNullOrWhiteSpace(e.Classe) || e.Groupes.Count > 0 || e.Parties.Count > 0) && (e.DateSortie is not { } end || end > today);
}

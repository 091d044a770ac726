using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.EdtEleves;

/// <summary>
/// EDT-ELEVE-ABSENT: pupils in the school per SIECLE (a division, no past DATE_SORTIE) that the timetable does not have.
/// One anomaly per division, whatever the number of pupils: new pupils are imported into the timetable software class
/// by class, and a whole class missing is one problem, not 28. The subject lists the division and the pupils' ELEVE_IDs,
/// so the row changes when the set of missing pupils does.
/// </summary>
public sealed class EleveAbsentRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EdtAnomalies.EleveAbsent.Code];

    public string? MissingInput(SnapshotPair pair) => TimetablePupils.MissingInput(pair);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var snapshot = pair.Current;
        var timetable = snapshot.Timetable!;
        var inTimetable = new HashSet<Eleve>(ReferenceEqualityComparer.Instance);
        foreach (var (_, siecle) in TimetablePupils.Matched(snapshot))
        {
            if (siecle is not null) inTimetable.Add(siecle);
        }

        var timetableStructures = timetable.Structures.Select(s => s.Nom).ToHashSet(StringComparer.Ordinal);
        var missing = snapshot.Eleves!.Eleves
            .Where(e => !string.IsNullOrWhiteSpace(e.Division) && TimetablePupils.Present(e, settings.Today) && !inTimetable.Contains(e))
            .GroupBy(e => e.Division!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);

        foreach (var division in missing)
        {
            var eleves = division.OrderBy(e => e.EleveId, StringComparer.Ordinal).ToList();
            var names = PupilLabel.List(eleves.Select(PupilLabel.Of).ToList());
            var count = eleves.Count == 1 ? "1 élève" : $"{eleves.Count} élèves";
            var noClass = timetableStructures.Contains(division.Key) ? "" : $" La classe {division.Key} n'existe pas dans l'emploi du temps.";
            yield return EdtAnomalies.EleveAbsent.Create(
                $"DIVISION:{division.Key};ELEVE_ID:{string.Join('+', eleves.Select(e => e.EleveId))}",
                $"{division.Key} : {count} inscrit{(eleves.Count == 1 ? "" : "s")} dans SIECLE absent{(eleves.Count == 1 ? "" : "s")} " +
                $"de l'emploi du temps ({ExportKindLabels.French(timetable.Source)}) : {names}.{noClass}",
                TimetablePupils.Files(snapshot));
        }
    }
}

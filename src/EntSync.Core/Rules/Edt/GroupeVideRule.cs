using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Rules.Edt;

/// <summary>
/// EDT-GROUPE-VIDE: a group with no pupil in the timetable. EDT will not upload it to STS-Web and the ENT will show it
/// empty. Only for timetables that carry pupils (EDT clear export, UDT).
/// </summary>
public sealed class GroupeVideRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EdtAnomalies.GroupeVide.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.MissingTimetable(pair.Current, needsPupils: true);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var timetable = pair.Current.Timetable!;
        var withPupils = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in timetable.Eleves)
        {
            foreach (var g in e.Groupes) withPupils.Add(g);
        }

        var cours = TimetableWording.CoursByStructure(timetable);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in timetable.Structures)
        {
            if (s.Kind != TimetableStructureKind.Groupe || withPupils.Contains(s.Nom) || !seen.Add(s.Nom)) continue;
            var count = cours.GetValueOrDefault(s.Nom);
            var usage = count > 0 ? $"il a pourtant {TimetableWording.Cours(count)}" : "il n'a aucun cours";
            yield return EdtAnomalies.GroupeVide.Create($"GROUPE:{s.Nom}",
                $"Le groupe « {s.Nom} » n'a aucun élève dans l'emploi du temps ({usage}) — {timetable.File}.",
                timetable.File);
        }
    }
}

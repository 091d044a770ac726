using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Rules.Edt;

/// <summary>
/// EDT-PARTIE-DE-CLASSE: courses given straight to a partie de classe, a notion of EDT alone (STS-Web and the ENT do not
/// know it). One anomaly per partie, counting its courses. Only EDT's clear export says what is a partie: the other
/// sources have none (UDT, emp_sts) or cannot tell (text export).
/// </summary>
public sealed class PartieDeClasseRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EdtAnomalies.PartieDeClasse.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.MissingTimetable(pair.Current);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var timetable = pair.Current.Timetable!;
        var parties = new Dictionary<string, (int Cours, List<string> Matieres)>(StringComparer.Ordinal);
        foreach (var s in timetable.Structures)
        {
            if (s.Kind == TimetableStructureKind.PartieDeClasse) parties.TryAdd(s.Nom, (0, []));
        }

        if (parties.Count == 0) yield break;
        foreach (var c in timetable.Cours)
        {
            foreach (var name in c.Structures.Distinct())
            {
                if (!parties.TryGetValue(name, out var usage)) continue;
                if (c.Matiere.Length > 0 && !usage.Matieres.Contains(c.Matiere)) usage.Matieres.Add(c.Matiere);
                parties[name] = (usage.Cours + 1, usage.Matieres);
            }
        }

        foreach (var (name, (cours, matieres)) in parties)
        {
            if (cours == 0) continue;
            var what = matieres.Count > 0 ? $" ({TimetableWording.List(matieres)})" : "";
            yield return EdtAnomalies.PartieDeClasse.Create($"PARTIE:{name}",
                $"La partie de classe « {name} » a {TimetableWording.Cours(cours)}{what} : ni STS-Web ni l'ENT ne connaissent les parties " +
                $"de classe, ces cours n'y apparaîtront pas — {timetable.File}.",
                timetable.File);
        }
    }
}

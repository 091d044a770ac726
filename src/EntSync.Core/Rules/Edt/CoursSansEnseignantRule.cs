using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Edt;

/// <summary>
/// EDT-COURS-SANS-ENSEIGNANT: courses with no teacher, which the ENT does not turn into sessions. Grouped by structure and
/// subject, with their count: thirty courses of one club are one problem.
/// </summary>
public sealed class CoursSansEnseignantRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EdtAnomalies.CoursSansEnseignant.Code];

    public string? MissingInput(SnapshotPair pair) => RuleInputs.MissingTimetable(pair.Current);

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var timetable = pair.Current.Timetable!;
        var groups = new Dictionary<(string Structures, string Matiere), int>();
        foreach (var c in timetable.Cours)
        {
            if (c.Enseignants.Count > 0) continue;
            var key = (string.Join("+", c.Structures.Distinct().Order(StringComparer.Ordinal)), c.Matiere);
            groups[key] = groups.GetValueOrDefault(key) + 1;
        }

        foreach (var ((structures, matiere), count) in groups)
        {
            var where = structures.Length > 0 ? $"en {structures.Replace("+", ", ", StringComparison.Ordinal)}" : "sans classe ni groupe";
            var what = matiere.Length > 0 ? $" de {matiere}" : " sans matière";
            yield return EdtAnomalies.CoursSansEnseignant.Create($"COURS:{structures}|{matiere}",
                $"{TimetableWording.Cours(count)}{what} {where} sans enseignant — {timetable.File}.",
                timetable.File);
        }
    }
}

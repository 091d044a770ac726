using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot.Matching;

namespace EntSync.Core.Rules.Edt;

/// <summary>
/// EDT-ENSEIGNANT-SANS-SERVICE-STS: a timetable teacher with courses, found in STS-Web, but with no service there: the ENT
/// will not give them these classes. When STS-Web has no service at all (timetable never uploaded), that one cause is
/// reported once rather than once per teacher.
/// </summary>
public sealed class EnseignantSansServiceStsRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EdtAnomalies.EnseignantSansServiceSts.Code];

    public string? MissingInput(SnapshotPair pair) =>
        RuleInputs.FirstOf(RuleInputs.MissingTimetable(pair.Current), RuleInputs.Missing(pair.Current, ExportKind.StsEmp));

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var timetable = pair.Current.Timetable!;
        var sts = pair.Current.Sts!;
        var stsFile = pair.Current.FileOf(ExportKind.StsEmp);
        var withService = new HashSet<string>(sts.Services.SelectMany(s => s.Enseignants), StringComparer.Ordinal);
        var matcher = new TeacherMatcher(sts.Individus);
        var cours = TimetableWording.CoursByTeacher(timetable);

        var found = new List<Anomaly>();
        foreach (var teacher in timetable.Enseignants)
        {
            var count = cours.GetValueOrDefault(teacher.Key);
            if (count == 0) continue;
            var matches = matcher.Match(teacher);
            if (matches.Count == 0 || matches.Any(i => withService.Contains(i.Id))) continue;
            found.Add(EdtAnomalies.EnseignantSansServiceSts.Create($"INDIVIDU:{string.Join("+", matches.Select(i => i.Id))}",
                $"{TimetableWording.Teacher(teacher)} a {TimetableWording.Cours(count)} dans l'emploi du temps mais aucun service dans STS-Web " +
                $"({TimetableWording.List(matches.Select(TimetableWording.Individu))}) — {timetable.File}, {stsFile}.",
                timetable.File, stsFile));
        }

        if (withService.Count == 0 && found.Count > 1)
        {
            return [EdtAnomalies.EnseignantSansServiceSts.Create("STS:AUCUN-SERVICE",
                $"STS-Web n'a aucun service : aucun des {found.Count} enseignants qui ont des cours dans l'emploi du temps n'aura ses classes " +
                $"dans l'ENT. L'emploi du temps n'a sans doute pas été remonté dans STS-Web — {timetable.File}, {stsFile}.",
                timetable.File, stsFile)];
        }

        return found;
    }
}

using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot.Matching;

namespace EntSync.Core.Rules.Edt;

/// <summary>
/// EDT-ENSEIGNANT-INCONNU-STS: a teacher who has courses in the timetable but is none of sts_emp's INDIVIDUs (by STS id,
/// else name and birth date, else name when the timetable has no birth date). The ENT will not create their courses.
/// Teachers without any course are left alone: nothing is lost for them.
/// </summary>
public sealed class EnseignantInconnuStsRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EdtAnomalies.EnseignantInconnuSts.Code];

    public string? MissingInput(SnapshotPair pair) =>
        RuleInputs.FirstOf(RuleInputs.MissingTimetable(pair.Current), RuleInputs.Missing(pair.Current, ExportKind.StsEmp));

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var timetable = pair.Current.Timetable!;
        var matcher = new TeacherMatcher(pair.Current.Sts!.Individus);
        var cours = TimetableWording.CoursByTeacher(timetable);
        var stsFile = pair.Current.FileOf(ExportKind.StsEmp);
        foreach (var teacher in timetable.Enseignants)
        {
            var count = cours.GetValueOrDefault(teacher.Key);
            if (count == 0 || matcher.Match(teacher).Count > 0) continue;
            // A teacher known only by id (emp_sts) is already named by it.
            var id = teacher.IdSts is { } sts && !string.IsNullOrWhiteSpace(teacher.Nom) ? $" (identifiant STS {sts} inconnu)" : "";
            yield return EdtAnomalies.EnseignantInconnuSts.Create(TimetableWording.TeacherSubject(timetable, teacher),
                $"{TimetableWording.Teacher(teacher)}{id} a {TimetableWording.Cours(count)} dans l'emploi du temps mais n'est pas dans STS-Web : " +
                $"l'ENT ne créera pas ces cours — {timetable.File}, {stsFile}.",
                timetable.File, stsFile);
        }
    }
}

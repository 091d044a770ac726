using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Rules.Edt;

/// <summary>
/// EDT-STRUCTURE-INCONNUE: a class or group that courses of the timetable are given to, whose name is none of sts_emp's
/// division or group codes (compared exactly, outer spaces aside: codes hold inner spaces). A class must be a division,
/// a group a group; when the source does not say which (text export), either will do. Parties de classe are
/// EDT-PARTIE-DE-CLASSE's business.
/// </summary>
public sealed class StructureInconnueRule : IAnomalyRule
{
    public IReadOnlyList<string> Codes { get; } = [EdtAnomalies.StructureInconnue.Code];

    public string? MissingInput(SnapshotPair pair) =>
        RuleInputs.FirstOf(RuleInputs.MissingTimetable(pair.Current), RuleInputs.Missing(pair.Current, ExportKind.StsEmp));

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        var timetable = pair.Current.Timetable!;
        var sts = pair.Current.Sts!;
        var stsFile = pair.Current.FileOf(ExportKind.StsEmp);
        var divisions = new HashSet<string>(sts.Divisions.Select(d => d.Code.Trim()), StringComparer.Ordinal);
        var groupes = new HashSet<string>(sts.Groupes.Select(g => g.Code.Trim()), StringComparer.Ordinal);
        var kinds = new Dictionary<string, TimetableStructureKind>(StringComparer.Ordinal);
        foreach (var s in timetable.Structures) kinds.TryAdd(s.Nom, s.Kind);

        foreach (var (name, count) in TimetableWording.CoursByStructure(timetable))
        {
            var code = name.Trim();
            if (code.Length == 0) continue;
            var kind = kinds.GetValueOrDefault(name, TimetableStructureKind.Indetermine);
            var known = kind switch
            {
                TimetableStructureKind.PartieDeClasse => true,
                TimetableStructureKind.Classe => divisions.Contains(code),
                TimetableStructureKind.Groupe => groupes.Contains(code),
                _ => divisions.Contains(code) || groupes.Contains(code),
            };
            if (known) continue;

            var what = kind switch
            {
                TimetableStructureKind.Classe => "La classe",
                TimetableStructureKind.Groupe => "Le groupe",
                _ => "La classe ou le groupe",
            };
            var hint = kind == TimetableStructureKind.Classe && groupes.Contains(code) ? " (STS-Web le connaît comme groupe)"
                : kind == TimetableStructureKind.Groupe && divisions.Contains(code) ? " (STS-Web le connaît comme division)" : "";
            yield return EdtAnomalies.StructureInconnue.Create($"STRUCTURE:{code}",
                $"{what} « {code} » de l'emploi du temps ({TimetableWording.Cours(count)}) n'existe pas dans STS-Web{hint} — {timetable.File}, {stsFile}.",
                timetable.File, stsFile);
        }
    }
}

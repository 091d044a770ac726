using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Snapshot;
using EntSync.Core.Snapshot.Matching;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Rules.EdtEleves;

/// <summary>What the pupil checks between SIECLE and the timetable share: their inputs, the matching and the subjects.</summary>
internal static class TimetablePupils
{
    public static string? MissingInput(SnapshotPair pair) => RuleInputs.FirstOf(
        RuleInputs.Missing(pair.Current, ExportKind.SiecleEleves),
        RuleInputs.MissingTimetable(pair.Current, needsPupils: true));

    /// <summary>Each timetable pupil with the SIECLE pupil it matches (null when none).</summary>
    public static IEnumerable<(TimetableEleve Edt, Eleve? Siecle)> Matched(SchoolSnapshot snapshot)
    {
        var matcher = PupilMatcher.Of(snapshot.Eleves!);
        foreach (var e in snapshot.Timetable!.Eleves) yield return (e, matcher.Match(e));
    }

    /// <summary>Still in the school per SIECLE on that day: no DATE_SORTIE, or one still to come.</summary>
    public static bool Present(Eleve e, DateOnly today) => e.DateSortie is not { } sortie || sortie > today;

    public static string Subject(Eleve e) => $"ELEVE_ID:{e.EleveId}";

    /// <summary>A timetable pupil's most stable id: ELEVE_ID (IDSconet), else INE, else the timetable's own key.</summary>
    public static string Subject(TimetableEleve e, ExportKind source) =>
        !string.IsNullOrWhiteSpace(e.EleveId) ? $"ELEVE_ID:{e.EleveId.Trim()}"
        : !string.IsNullOrWhiteSpace(e.Ine) ? $"INE:{e.Ine.Trim()}"
        : $"{source}:{e.Key}";

    public static string[] Files(SchoolSnapshot snapshot) => [snapshot.Timetable!.File, snapshot.FileOf(ExportKind.SiecleEleves)];
}

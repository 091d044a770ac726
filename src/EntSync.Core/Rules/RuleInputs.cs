using EntSync.Core.Model;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules;

/// <summary>The French "why this check did not run" sentences, shared by every rule.</summary>
public static class RuleInputs
{
    /// <summary>Null when every kind is present; otherwise which exports were not received.</summary>
    public static string? Missing(SchoolSnapshot snapshot, params ExportKind[] kinds)
    {
        var missing = kinds.Where(k => !snapshot.Latest.ContainsKey(k)).Select(ExportKindLabels.French).ToList();
        return missing.Count == 0 ? null : $"pas d'export reçu : {string.Join(", ", missing)}";
    }

    public static string? MissingTimetable(SchoolSnapshot snapshot, bool needsPupils = false)
    {
        if (snapshot.Timetable is null) return "pas d'export de l'emploi du temps reçu (EDT ou UDT)";
        if (needsPupils && !snapshot.Timetable.HasEleves)
        {
            return $"l'export d'emploi du temps reçu ({ExportKindLabels.French(snapshot.Timetable.Source)}) ne contient pas les élèves";
        }

        return null;
    }

    public static string? MissingPrevious(SnapshotPair pair, ExportKind kind) =>
        pair.Previous is null || !pair.Previous.Latest.ContainsKey(kind)
            ? $"pas d'export précédent ({ExportKindLabels.French(kind)}) pour comparer"
            : null;

    /// <summary>Combines checks: the first reason that applies.</summary>
    public static string? FirstOf(params string?[] reasons) => reasons.FirstOrDefault(r => r is not null);
}

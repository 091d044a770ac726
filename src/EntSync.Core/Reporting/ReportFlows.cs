using EntSync.Core.Model;

namespace EntSync.Core.Reporting;

/// <summary>The state of the flows as lines of French, shared by the HTML and text reports.</summary>
public static class ReportFlows
{
    /// <summary>One line per source and kind (newest file and its age), then the watched kinds never received.</summary>
    public static IReadOnlyList<(string Text, bool Late)> Files(ReportData data)
    {
        var lines = new List<(string, bool)>();
        foreach (var file in data.LastFiles.Where(f => f.Kind is not null).OrderBy(f => f.Kind).ThenBy(f => f.Source, StringComparer.Ordinal))
        {
            var kind = file.Kind!.Value;
            var days = ReportWording.DaysBetween(file.ReceivedAt, data.GeneratedAt);
            var late = data.SilentDays.TryGetValue(kind, out var limit) && limit > 0 && days > limit;
            var expected = limit > 0 ? $" ; attendu au moins tous les {limit} jours" : "";
            lines.Add(($"{ExportKindLabels.French(kind)} · source {file.Source} : {ReportWording.FileLine(file, data.GeneratedAt)}{expected}", late));
        }

        var seen = data.LastFiles.Where(f => f.Kind is not null).Select(f => f.Kind!.Value).ToHashSet();
        foreach (var (kind, limit) in data.SilentDays.Where(k => k.Value > 0 && !seen.Contains(k.Key)).OrderBy(k => k.Key))
        {
            lines.Add(($"{ExportKindLabels.French(kind)} : jamais reçu (attendu au moins tous les {limit} jours)", true));
        }

        return lines;
    }

    public static IReadOnlyList<string> Quarantined(ReportData data) => data.Quarantined
        .Select(f => $"{f.OriginalName} (source {f.Source}, le {ReportWording.DateTime(f.ReceivedAt)}) : " +
                     $"{(f.Reason ?? "raison inconnue").ReplaceLineEndings(" ; ")}")
        .ToList();

    /// <summary>"3 envoyés, 1 retenu, 1 refusé", then one line per file that was not simply sent.</summary>
    public static (string Summary, IReadOnlyList<string> Lines) Relay(ReportData data)
    {
        if (data.Relay.Count == 0) return ("Aucun fichier relayé vers l'ENT depuis le dernier rapport.", []);
        var counts = data.Relay.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{ReportWording.Relay(g.Key)} : {g.Count()}");
        var lines = data.Relay
            .Where(r => r.Status is not (RelayReportStatus.Envoye or RelayReportStatus.Simule))
            .OrderBy(r => r.At)
            .Select(r => $"{r.FileName} ({r.Kind}) vers {r.Destination}, le {ReportWording.DateTime(r.At)} : {ReportWording.Relay(r.Status)}" +
                         (r.Detail is { Length: > 0 } detail ? $" – {detail}" : ""))
            .ToList();
        return ($"Fichiers relayés depuis le dernier rapport : {string.Join(", ", counts)}.", lines);
    }

    public static IReadOnlyList<string> NotRun(ReportData data) => data.ChecksNotRun
        .GroupBy(c => c.Reason)
        .Select(g => $"{string.Join(", ", g.Select(c => c.Code).Distinct())} : {g.Key}")
        .Concat(data.FailedRules.Select(f => $"contrôle {f.Rule} en échec ({f.Error}) : une anomalie d'EntSync à signaler"))
        .ToList();
}

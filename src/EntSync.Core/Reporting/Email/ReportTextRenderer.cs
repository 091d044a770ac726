using System.Text;
using EntSync.Core.Pipeline.Contracts;

namespace EntSync.Core.Reporting.Email;

/// <summary>The plain-text alternative of the emailed report: the same content as the HTML, for clients that show text.</summary>
public static class ReportTextRenderer
{
    public static string Render(ReportContent report)
    {
        var d = report.Data;
        var text = new StringBuilder();
        text.AppendLine($"EntSync – {d.Uai}{(d.Name.Length > 0 ? " " + d.Name : "")}");
        text.AppendLine($"Rapport du {ReportWording.DateTime(d.GeneratedAt)}" +
                        (d.Since is { } since ? $", changements depuis le rapport du {ReportWording.DateTime(since)}" : ", premier rapport"));
        text.AppendLine(ReportHtmlRenderer.Summary(report));
        foreach (var note in d.Deliveries) text.AppendLine().AppendLine("! " + ReportWording.Delivery(note));

        Heading(text, "Depuis le dernier rapport");
        Changes(text, $"Nouveaux problèmes : {report.New.Count}", report.New, _ => "nouveau");
        Changes(text, $"Problèmes résolus : {report.Resolved.Count}", report.Resolved, _ => "résolu");
        Changes(text, $"Toujours ouverts : {report.StillOpen.Count}", report.StillOpen, a => ReportWording.Status(report, a));

        foreach (var audience in ReportLabels.AudienceOrder.Where(report.View.Audiences.Contains))
        {
            Heading(text, ReportLabels.Of(audience));
            var groups = report.ByCode(audience);
            if (groups.Count == 0) text.AppendLine("Rien à corriger.");
            foreach (var byCode in groups)
            {
                var first = byCode.First().Anomaly;
                text.AppendLine().AppendLine($"[{ReportLabels.Of(first.Severity)}] {byCode.Key} – {ReportWording.Title(byCode.Key)} ({byCode.Count()})");
                foreach (var a in byCode.Take(ReportWording.LinesPerCode))
                {
                    text.AppendLine($"  • {a.Anomaly.Message} [{ReportWording.Status(report, a)}]");
                    text.AppendLine($"    ignorer : {ReportWording.IgnoreEntry(a.Anomaly)}");
                }

                if (byCode.Count() > ReportWording.LinesPerCode) text.AppendLine($"  … et {byCode.Count() - ReportWording.LinesPerCode} autre(s) : voir anomalies.csv.");
                text.AppendLine($"  À faire : {first.Remedy}");
            }
        }

        if (report.View.ShowsFlows) Flows(text, d);

        text.AppendLine();
        if (report.IgnoredCount > 0)
        {
            text.AppendLine($"{ReportLabels.Count(report.IgnoredCount, "anomalie ignorée", "anomalies ignorées")} par la configuration (controles.ignorer) : non listée(s).");
        }

        text.AppendLine(ReportWording.IgnoreReminder);
        text.AppendLine(ReportWording.CatalogueHint + " Toutes les anomalies ouvertes sont dans la pièce jointe anomalies.csv (tableur).");
        return text.ToString();
    }

    private static void Flows(StringBuilder text, ReportData d)
    {
        Heading(text, "État des flux");
        text.AppendLine("Derniers fichiers reçus :");
        var files = ReportFlows.Files(d);
        if (files.Count == 0) text.AppendLine("  aucun fichier reçu pour cet établissement.");
        foreach (var (line, late) in files) text.AppendLine($"  {(late ? "!" : "•")} {line}");

        text.AppendLine("Fichiers mis en quarantaine depuis le dernier rapport :");
        var quarantined = ReportFlows.Quarantined(d);
        if (quarantined.Count == 0) text.AppendLine("  aucun.");
        foreach (var q in quarantined) text.AppendLine($"  ! {q}");

        var (summary, lines) = ReportFlows.Relay(d);
        text.AppendLine("Envois vers l'ENT :").AppendLine($"  {summary}");
        foreach (var l in lines) text.AppendLine($"  ! {l}");

        text.AppendLine("Contrôles non effectués :");
        var notRun = ReportFlows.NotRun(d);
        if (notRun.Count == 0) text.AppendLine("  aucun : tous les contrôles ont pu se faire.");
        foreach (var n in notRun) text.AppendLine($"  • {n}");
    }

    private static void Heading(StringBuilder text, string title) => text.AppendLine().AppendLine($"== {title} ==");

    private static void Changes(StringBuilder text, string title, IReadOnlyList<OpenAnomaly> anomalies, Func<OpenAnomaly, string> status)
    {
        text.AppendLine(title);
        foreach (var byCode in anomalies.GroupBy(a => a.Anomaly.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"  • {byCode.Key} – {ReportWording.Title(byCode.Key)} : {byCode.Count()} ({status(byCode.MinBy(a => a.FirstSeen)!)})");
        }
    }
}

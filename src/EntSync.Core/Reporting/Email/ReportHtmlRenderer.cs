using System.Text;
using EntSync.Core.Pipeline.Contracts;
using static EntSync.Core.Reporting.Email.HtmlStyle;

namespace EntSync.Core.Reporting.Email;

/// <summary>
/// The emailed report as HTML (French): what changed since the previous report, then per audience the anomalies grouped
/// by code with the people concerned, the remedy and the entry that silences each one, then the state of the flows.
/// Inline styles only (mail clients drop style blocks); every value is HTML-encoded, names come from the exports.
/// </summary>
public static class ReportHtmlRenderer
{
    public static string Render(ReportContent report)
    {
        var d = report.Data;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(report.Subject)).Append("</title></head>")
            .Append("<body style=\"").Append(Body).Append("\"><div style=\"").Append(Page).Append("\">");

        html.Append("<div style=\"").Append(Card).Append("\"><h1 style=\"").Append(H1).Append("\">EntSync – ")
            .Append(E(d.Uai)).Append(d.Name.Length > 0 ? " " + E(d.Name) : "").Append("</h1>")
            .Append("<p style=\"").Append(Muted).Append("\">Rapport du ").Append(E(ReportWording.DateTime(d.GeneratedAt)))
            .Append(d.Since is { } since ? $", changements depuis le rapport du {E(ReportWording.DateTime(since))}" : ", premier rapport")
            .Append(report.View.IsEverything ? "" : " · " + E(string.Join(", ", ReportLabels.AudienceOrder.Where(report.View.Audiences.Contains).Select(ReportLabels.Short))))
            .Append("</p><p style=\"font-weight:600;margin:6px 0;\">").Append(E(Summary(report))).Append("</p>");
        foreach (var note in d.Deliveries) html.Append("<div style=\"").Append(Notice).Append("\">").Append(E(ReportWording.Delivery(note))).Append("</div>");
        Changes(html, report);
        html.Append("</div>");

        foreach (var audience in ReportLabels.AudienceOrder.Where(report.View.Audiences.Contains)) Audience(html, report, audience);
        if (report.View.ShowsFlows) ReportHtmlFlows.Render(html, report);

        html.Append("<div style=\"").Append(Card).Append("\">");
        if (report.IgnoredCount > 0)
        {
            html.Append("<p style=\"margin:4px 0;\">").Append(E(ReportLabels.Count(report.IgnoredCount, "anomalie ignorée", "anomalies ignorées")))
                .Append(" par la configuration (controles.ignorer) : non listée(s).</p>");
        }

        html.Append("<p style=\"").Append(Muted).Append("\">").Append(E(ReportWording.IgnoreReminder)).Append("</p>")
            .Append("<p style=\"").Append(Muted).Append("\">").Append(E(ReportWording.CatalogueHint))
            .Append(" Toutes les anomalies ouvertes sont dans la pièce jointe anomalies.csv (tableur).</p></div>");
        html.Append("</div></body></html>");
        return html.ToString();
    }

    public static string Summary(ReportContent report) => report.Listed.Count == 0
        ? "Tout va bien : aucune anomalie ouverte."
        : $"{ReportLabels.Count(report.Errors, "erreur", "erreurs")}, {ReportLabels.Count(report.Warnings, "avertissement", "avertissements")}" +
          $" ouverts, dont {ReportLabels.Count(report.New.Count, "nouveau", "nouveaux")}.";

    private static void Changes(StringBuilder html, ReportContent report)
    {
        html.Append("<h2 style=\"").Append(H2).Append("\">Depuis le dernier rapport</h2>");
        ChangeList(html, $"Nouveaux problèmes : {report.New.Count}", report.New, a => "nouveau", New);
        ChangeList(html, $"Problèmes résolus : {report.Resolved.Count}", report.Resolved, a => "résolu", Resolved);
        ChangeList(html, $"Toujours ouverts : {report.StillOpen.Count}", report.StillOpen, a => ReportWording.Status(report, a), Open);
    }

    private static void ChangeList(StringBuilder html, string title, IReadOnlyList<OpenAnomaly> anomalies, Func<OpenAnomaly, string> status, string badge)
    {
        html.Append("<h3 style=\"").Append(H3).Append("\">").Append(E(title)).Append("</h3>");
        if (anomalies.Count == 0) return;
        html.Append("<ul style=\"").Append(List).Append("\">");
        foreach (var byCode in anomalies.GroupBy(a => a.Anomaly.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var oldest = byCode.MinBy(a => a.FirstSeen)!;
            html.Append("<li style=\"").Append(Item).Append("\"><span style=\"").Append(Code).Append("\">").Append(E(byCode.Key)).Append("</span> ")
                .Append(E(ReportWording.Title(byCode.Key))).Append(" : ").Append(byCode.Count())
                .Append(" <span style=\"").Append(badge).Append("\">").Append(E(status(oldest))).Append("</span></li>");
        }

        html.Append("</ul>");
    }

    private static void Audience(StringBuilder html, ReportContent report, Rules.Audience audience)
    {
        var groups = report.ByCode(audience);
        html.Append("<div style=\"").Append(Card).Append("\"><h2 style=\"").Append(H2).Append("\">").Append(E(ReportLabels.Of(audience))).Append("</h2>");
        if (groups.Count == 0) html.Append("<p style=\"margin:4px 0;\">Rien à corriger.</p>");
        foreach (var byCode in groups)
        {
            var first = byCode.First().Anomaly;
            html.Append("<h3 style=\"").Append(H3).Append(Severity(first.Severity)).Append("\">").Append(E(ReportLabels.Of(first.Severity)))
                .Append(" · <span style=\"").Append(Code).Append("\">").Append(E(byCode.Key)).Append("</span> ")
                .Append(E(ReportWording.Title(byCode.Key))).Append(" (").Append(byCode.Count()).Append(")</h3><ul style=\"").Append(List).Append("\">");
            foreach (var a in byCode.Take(ReportWording.LinesPerCode))
            {
                html.Append("<li style=\"").Append(Item).Append("\">").Append(E(a.Anomaly.Message)).Append(" <span style=\"")
                    .Append(report.IsNew(a) ? New : Open).Append("\">").Append(E(ReportWording.Status(report, a))).Append("</span>")
                    .Append("<span style=\"").Append(Ignore).Append("\">ignorer : ").Append(E(ReportWording.IgnoreEntry(a.Anomaly))).Append("</span></li>");
            }

            if (byCode.Count() > ReportWording.LinesPerCode)
            {
                html.Append("<li style=\"").Append(Item).Append("\">… et ").Append(byCode.Count() - ReportWording.LinesPerCode)
                    .Append(" autre(s) : voir la pièce jointe anomalies.csv.</li>");
            }

            html.Append("</ul><div style=\"").Append(Remedy).Append("\"><strong>À faire :</strong> ").Append(E(first.Remedy)).Append("</div>");
        }

        html.Append("</div>");
    }
}

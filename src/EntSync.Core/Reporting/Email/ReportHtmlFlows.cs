using System.Text;
using static EntSync.Core.Reporting.Email.HtmlStyle;

namespace EntSync.Core.Reporting.Email;

/// <summary>The "état des flux" card of the HTML report: files received, quarantine, ENT relay, checks not run.</summary>
internal static class ReportHtmlFlows
{
    public static void Render(StringBuilder html, ReportContent report)
    {
        var d = report.Data;
        html.Append("<div style=\"").Append(Card).Append("\"><h2 style=\"").Append(H2).Append("\">État des flux</h2>");

        html.Append("<h3 style=\"").Append(H3).Append("\">Derniers fichiers reçus</h3>");
        var files = ReportFlows.Files(d);
        if (files.Count == 0) Paragraph(html, "Aucun fichier reçu pour cet établissement.");
        else List(html, files.Select(f => (f.Text, f.Late ? Attention : "")));

        html.Append("<h3 style=\"").Append(H3).Append("\">Fichiers mis en quarantaine depuis le dernier rapport</h3>");
        var quarantined = ReportFlows.Quarantined(d);
        if (quarantined.Count == 0) Paragraph(html, "Aucun.");
        else
        {
            List(html, quarantined.Select(q => (q, Erreur)));
            Paragraph(html, "Les fichiers refusés sont dans quarantine/ du dossier de données, avec leur raison (.raison.txt).");
        }

        html.Append("<h3 style=\"").Append(H3).Append("\">Envois vers l'ENT</h3>");
        var (summary, lines) = ReportFlows.Relay(d);
        Paragraph(html, summary);
        if (lines.Count > 0) List(html, lines.Select(l => (l, Attention)));

        html.Append("<h3 style=\"").Append(H3).Append("\">Contrôles non effectués</h3>");
        var notRun = ReportFlows.NotRun(d);
        if (notRun.Count == 0) Paragraph(html, "Tous les contrôles ont pu se faire.");
        else List(html, notRun.Select(n => (n, "")));
        html.Append("</div>");
    }

    private static void Paragraph(StringBuilder html, string text) => html.Append("<p style=\"margin:4px 0;\">").Append(E(text)).Append("</p>");

    private static void List(StringBuilder html, IEnumerable<(string Text, string Style)> items)
    {
        html.Append("<ul style=\"").Append(HtmlStyle.List).Append("\">");
        foreach (var (text, style) in items) html.Append("<li style=\"").Append(Item).Append(style).Append("\">").Append(E(text)).Append("</li>");
        html.Append("</ul>");
    }
}

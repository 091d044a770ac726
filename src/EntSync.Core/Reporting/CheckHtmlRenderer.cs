using System.Net;
using System.Text;
using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Reporting;

/// <summary>
/// A standalone HTML page of one or several checks (one section per establishment): no external resource, readable on
/// a phone. The nightly email report builds on it. Every value is HTML-encoded: names come from the exports.
/// </summary>
public static class CheckHtmlRenderer
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1rem;color:#1d1d1f;background:#f5f5f7;line-height:1.45}
        main{max-width:60rem;margin:auto}
        section.etab{background:#fff;border-radius:.5rem;padding:1rem;margin-bottom:1.5rem;box-shadow:0 1px 3px rgba(0,0,0,.1)}
        h1{font-size:1.4rem;margin:.2rem 0 1rem}h2{font-size:1.2rem;margin:.5rem 0}h3{font-size:1.05rem;margin:1.2rem 0 .4rem;border-bottom:1px solid #ddd}
        h4{font-size:1rem;margin:.8rem 0 .3rem}
        .code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;background:#eef;padding:0 .25em;border-radius:.2em;overflow-wrap:anywhere}
        .erreur{color:#b00020}.attention{color:#8a5a00}.info{color:#245}
        ul{padding-left:1.2rem;margin:.3rem 0}li{overflow-wrap:anywhere}
        .remede{background:#eef6ee;border-left:4px solid #3a7a3a;padding:.4rem .6rem;margin:.4rem 0 .8rem}
        .resume{font-weight:600}.fichiers{font-size:.9em;color:#555;overflow-wrap:anywhere}
        """;

    public static string Render(IReadOnlyList<CheckResult> results, DateTime generatedAt)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>EntSync – contrôle des exports</title><style>").Append(Style).Append("</style></head><body><main>")
            .Append("<h1>EntSync – contrôle des exports SIECLE, STS-Web et emploi du temps</h1>")
            .Append("<p class=\"fichiers\">Généré le ").Append(E(generatedAt.ToString("dd/MM/yyyy 'à' HH:mm", System.Globalization.CultureInfo.InvariantCulture))).Append("</p>");
        foreach (var result in results) Section(html, result);
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static void Section(StringBuilder html, CheckResult result)
    {
        var s = result.Snapshot;
        html.Append("<section class=\"etab\"><h2>Établissement ").Append(E(s.Uai ?? "(UAI inconnu)"));
        if (s.SchoolYear is { } y) html.Append(" – année ").Append(E(ExportKindLabels.SchoolYear(y)));
        html.Append("</h2><p class=\"resume\">").Append(E(ReportLabels.Summary(result.Anomalies))).Append("</p>");
        html.Append("<p class=\"fichiers\">Exports utilisés : ")
            .Append(E(string.Join(", ", s.Latest.Values.Select(f => Path.GetFileName(f.File)).Order(StringComparer.Ordinal)))).Append("</p>");

        foreach (var audience in ReportLabels.AudienceOrder)
        {
            var mine = result.Anomalies.Where(a => a.Audience == audience).ToList();
            if (mine.Count == 0) continue;
            html.Append("<h3>").Append(E(ReportLabels.Of(audience))).Append("</h3>");
            foreach (var byCode in mine.GroupBy(a => a.Code))
            {
                var first = byCode.First();
                var css = first.Severity.ToString().ToLowerInvariant();
                html.Append("<h4 class=\"").Append(css).Append("\">").Append(E(ReportLabels.Of(first.Severity))).Append(" · <span class=\"code\">")
                    .Append(E(byCode.Key)).Append("</span> ").Append(E(AnomalyCatalog.Find(byCode.Key)?.Title ?? ""))
                    .Append(" (").Append(byCode.Count()).Append(")</h4><ul>");
                foreach (var a in byCode) html.Append("<li>").Append(E(a.Message)).Append("</li>");
                html.Append("</ul><div class=\"remede\"><strong>À faire :</strong> ").Append(E(first.Remedy)).Append("</div>");
            }
        }

        if (result.ChecksNotRun.Count > 0)
        {
            html.Append("<h3>Contrôles non effectués</h3><ul>");
            foreach (var byReason in result.ChecksNotRun.GroupBy(c => c.Reason))
            {
                html.Append("<li><span class=\"code\">").Append(E(string.Join(", ", byReason.Select(c => c.Code).Distinct())))
                    .Append("</span> : ").Append(E(byReason.Key)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</section>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

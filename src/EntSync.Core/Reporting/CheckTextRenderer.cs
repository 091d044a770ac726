using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Reporting;

/// <summary>
/// The readable French summary of a check, grouped by who fixes what, then by code. Long lists are cut (the JSON and
/// HTML outputs keep everything): a terminal is not the place for 3,000 lines.
/// </summary>
public static class CheckTextRenderer
{
    private const int LinesPerCode = 15;

    public static void Write(CheckResult result, TextWriter output)
    {
        var s = result.Snapshot;
        var year = s.SchoolYear is { } y ? $" – année {ExportKindLabels.SchoolYear(y)}" : "";
        output.WriteLine($"Contrôle de l'établissement {s.Uai ?? "(UAI inconnu)"}{year}");
        var used = s.Latest.Values.Select(f => f.File).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"Exports utilisés : {used.Count}{(used.Count > 0 ? $" ({string.Join(", ", used.Select(Path.GetFileName))})" : "")}");
        output.WriteLine($"Résultat : {ReportLabels.Summary(result.Anomalies)}");

        foreach (var audience in ReportLabels.AudienceOrder)
        {
            var mine = result.Anomalies.Where(a => a.Audience == audience).ToList();
            if (mine.Count == 0) continue;
            output.WriteLine();
            output.WriteLine($"== {ReportLabels.Of(audience)} ==");
            foreach (var byCode in mine.GroupBy(a => a.Code))
            {
                var first = byCode.First();
                var title = AnomalyCatalog.Find(byCode.Key)?.Title ?? byCode.Key;
                output.WriteLine($"[{ReportLabels.Of(first.Severity)}] {byCode.Key} – {title} ({byCode.Count()})");
                foreach (var a in byCode.Take(LinesPerCode)) output.WriteLine($"  • {a.Message}");
                if (byCode.Count() > LinesPerCode) output.WriteLine($"  … et {byCode.Count() - LinesPerCode} autre(s) (voir --json ou --html).");
                output.WriteLine($"  À faire : {first.Remedy}");
            }
        }

        if (result.ChecksNotRun.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Contrôles non effectués :");
            foreach (var byReason in result.ChecksNotRun.GroupBy(c => c.Reason))
            {
                output.WriteLine($"  {string.Join(", ", byReason.Select(c => c.Code).Distinct())} : {byReason.Key}");
            }
        }

        foreach (var failure in result.FailedRules)
        {
            output.WriteLine($"Contrôle en échec (anomalie d'EntSync à signaler) : {failure.Rule} ({failure.Error})");
        }
    }
}

using System.Globalization;
using EntSync.Core.Model;
using EntSync.Core.Pipeline.Sync;
using EntSync.Core.Reporting;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Worker.Cli.Service;

/// <summary>The French summary <c>entsync once</c> prints: what arrived, what was refused, what the checks found.</summary>
internal static class SyncSummaryText
{
    public static void Write(SyncRunResult run, string reportsFolder, TextWriter output)
    {
        var at = run.Summary.FinishedAt.ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture);
        output.WriteLine($"Synchronisation n°{run.RunId} terminée le {at}.");
        if (run.NothingNew)
        {
            output.WriteLine("Aucun nouveau fichier : les contrôles ont été refaits sur les derniers exports déjà reçus.");
        }
        else
        {
            var read = run.Received.Count - run.Quarantined.Count;
            output.WriteLine($"Fichiers reçus : {run.Received.Count} ({read} lu(s) et archivé(s), {run.Quarantined.Count} mis en quarantaine).");
            foreach (var q in run.Quarantined)
            {
                var reason = q.Reason?.Split(Environment.NewLine)[0] ?? "";
                output.WriteLine($"  Quarantaine : {q.OriginalName} – {reason} (motif complet : {Path.GetFileName(q.Path)}.raison.txt)");
            }
        }

        foreach (var error in run.Failures) output.WriteLine($"En échec : {error}"); // each failure says whether the next run retries

        foreach (var (check, lifecycle) in run.Establishments)
        {
            var s = check.Snapshot;
            var year = s.SchoolYear is { } y ? $" – année {ExportKindLabels.SchoolYear(y)}" : "";
            output.WriteLine();
            output.WriteLine($"Établissement {s.Uai}{year} : {ReportLabels.Summary(check.Anomalies)} " +
                             $"({lifecycle.New.Count} nouvelle(s), {lifecycle.StillOpen.Count} toujours ouverte(s), {lifecycle.Resolved.Count} résolue(s)).");
            foreach (var byCode in check.Anomalies.GroupBy(a => a.Code))
            {
                var first = byCode.First();
                output.WriteLine($"  [{ReportLabels.Of(first.Severity)}] {byCode.Key} – {AnomalyCatalog.Find(byCode.Key)?.Title} ({byCode.Count()})");
            }

            output.WriteLine($"  Rapport : {Path.Combine(reportsFolder, $"{s.Uai}_dernier.html")}");
        }

        Ent.RelaySummaryText.Write(run.Relay, output);

        output.WriteLine();
        output.WriteLine(run.Summary.Outcome == 0
            ? "Tout va bien : aucune erreur."
            : "Des problèmes ont été trouvés : le rapport dit lesquels et où les corriger.");
    }

    public static int ExitCode(SyncRunResult run) => run.Summary.Outcome;
}

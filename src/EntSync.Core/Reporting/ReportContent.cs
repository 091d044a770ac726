using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules;

namespace EntSync.Core.Reporting;

/// <summary>
/// One report as a group of recipients reads it: the anomalies of its audiences split into new (first seen since the
/// previous report) and still open, those resolved since, the ignored ones counted, and the subject line.
/// </summary>
public sealed class ReportContent
{
    private ReportContent(ReportData data, ReportView view)
    {
        Data = data;
        View = view;
        bool Mine(OpenAnomaly a) => view.Audiences.Contains(a.Anomaly.Audience);
        Listed = data.Open.Where(a => Mine(a) && !a.Ignored).ToList();
        New = Listed.Where(IsNew).ToList();
        StillOpen = Listed.Where(a => !IsNew(a)).ToList();
        Resolved = data.Resolved.Where(Mine).ToList();
        IgnoredCount = data.Open.Count(a => Mine(a) && a.Ignored);
    }

    public ReportData Data { get; }

    public ReportView View { get; }

    /// <summary>Open, not ignored, in the view's audiences, oldest first.</summary>
    public IReadOnlyList<OpenAnomaly> Listed { get; }

    public IReadOnlyList<OpenAnomaly> New { get; }

    public IReadOnlyList<OpenAnomaly> StillOpen { get; }

    public IReadOnlyList<OpenAnomaly> Resolved { get; }

    public int IgnoredCount { get; }

    public int Errors => Listed.Count(a => a.Anomaly.Severity == Severity.Erreur);

    public int Warnings => Listed.Count(a => a.Anomaly.Severity == Severity.Attention);

    /// <summary>Something worth an email even to those who asked for no "tout va bien": a problem, a fix, a flow incident.</summary>
    public bool HasNews =>
        Listed.Count > 0 || Resolved.Count > 0 || Data.Deliveries.Count > 0
        || (View.ShowsFlows && (Data.Quarantined.Count > 0 || Data.FailedRules.Count > 0
                                || Data.Relay.Any(r => r.Status is not (RelayReportStatus.Envoye or RelayReportStatus.Simule))));

    /// <summary>"EntSync – 0134567A Collège X – 3 erreurs, 5 avertissements (2 nouveaux)".</summary>
    public string Subject
    {
        get
        {
            var school = Data.Name.Length > 0 ? $"{Data.Uai} {Data.Name}" : Data.Uai;
            if (Listed.Count == 0) return $"EntSync – {school} – tout va bien";
            var news = New.Count == 0 ? "aucun nouveau" : ReportLabels.Count(New.Count, "nouveau", "nouveaux");
            return $"EntSync – {school} – {ReportLabels.Count(Errors, "erreur", "erreurs")}, " +
                   $"{ReportLabels.Count(Warnings, "avertissement", "avertissements")} ({news})";
        }
    }

    public static ReportContent For(ReportData data, ReportView view) => new(data, view);

    /// <summary>First seen after the previous report was made (one seen by then was in it).</summary>
    public bool IsNew(OpenAnomaly anomaly) => Data.Since is not { } since || anomaly.FirstSeen > since;

    /// <summary>The listed anomalies of one audience, grouped by code, errors first, then by code.</summary>
    public IReadOnlyList<IGrouping<string, OpenAnomaly>> ByCode(Audience audience) => Listed
        .Where(a => a.Anomaly.Audience == audience)
        .GroupBy(a => a.Anomaly.Code)
        .OrderBy(g => g.First().Anomaly.Severity).ThenBy(g => g.Key, StringComparer.Ordinal)
        .ToList();
}

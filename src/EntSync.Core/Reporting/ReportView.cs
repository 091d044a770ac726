using EntSync.Core.Rules;

namespace EntSync.Core.Reporting;

/// <summary>
/// The part of a report one group of recipients gets: the audiences whose anomalies it lists. The state of the flows
/// (files, quarantine, ENT relay, checks not run) goes with the ENT administrator's audience, which "tous" includes.
/// </summary>
public sealed record ReportView(IReadOnlySet<Audience> Audiences)
{
    public static ReportView Everything { get; } = new(new HashSet<Audience>(ReportLabels.AudienceOrder));

    public bool IsEverything => ReportLabels.AudienceOrder.All(Audiences.Contains);

    public bool ShowsFlows => Audiences.Contains(Audience.AdministrateurEnt);

    /// <summary>A short name for file names: "tous", or the audiences' keys joined ("secretariat-direction").</summary>
    public string Key => IsEverything ? "tous" : string.Join("-", ReportLabels.AudienceOrder.Where(Audiences.Contains).Select(ReportLabels.Key));
}

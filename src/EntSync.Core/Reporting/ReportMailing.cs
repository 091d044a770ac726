namespace EntSync.Core.Reporting;

/// <summary>One email of the nightly report: the part it shows, to whom, and whether it goes out when all is well.</summary>
public sealed record ReportMailing(ReportView View, IReadOnlyList<string> To, bool SendWhenAllIsWell)
{
    public bool ShouldSend(ReportContent content) => content.HasNews || SendWhenAllIsWell;
}

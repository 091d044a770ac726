namespace EntSync.Core.Reporting;

/// <summary>The relay's history for the report: what happened to each establishment's files since a moment.</summary>
public interface IRelayReportSource
{
    Task<IReadOnlyList<RelayReportLine>> ForReportAsync(string uai, DateTime since, CancellationToken cancellationToken);
}

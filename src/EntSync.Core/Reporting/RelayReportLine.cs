namespace EntSync.Core.Reporting;

/// <summary>One file relayed (or held, refused…) to an ENT or route destination, as the report shows it.</summary>
public sealed record RelayReportLine(string Destination, string FileName, string Kind, RelayReportStatus Status, DateTime At, string? Detail);

namespace EntSync.Core.Reporting;

/// <summary>Until the ENT relay is wired in, the report has no relayed file to show.</summary>
public sealed class NoRelayReportSource : IRelayReportSource
{
    public static NoRelayReportSource Instance { get; } = new();

    public Task<IReadOnlyList<RelayReportLine>> ForReportAsync(string uai, DateTime since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RelayReportLine>>([]);
}

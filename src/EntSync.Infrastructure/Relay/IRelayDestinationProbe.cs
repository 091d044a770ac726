namespace EntSync.Infrastructure.Relay;

/// <summary>
/// A destination that can say, without sending a file, whether a delivery would reach it (<c>entsync diagnostic</c>):
/// it connects and authenticates, or writes and removes a probe file. Never throws for what the network or the
/// server did; never puts a secret in its answer.
/// </summary>
internal interface IRelayDestinationProbe
{
    Task<RelayProbeResult> ProbeAsync(CancellationToken cancellationToken);
}

namespace EntSync.Core.Relay;

/// <summary>
/// Somewhere a file is delivered: an HTTP endpoint, a WebDAV folder, a local or mounted folder, an SFTP folder. One
/// small class per kind of place. An implementation sends the file once per call (the retries are the caller's), never
/// throws for what the network or the server did (it answers <see cref="DeliveryOutcome.Temporaire"/> or
/// <see cref="DeliveryOutcome.Refuse"/> with the reason), and never puts a secret in what it returns.
/// </summary>
public interface IRelayDestination
{
    /// <summary>The configured name of the destination.</summary>
    string Name { get; }

    /// <summary>Where it delivers, fit to print: tokens and passwords masked.</summary>
    string Display { get; }

    Task<DeliveryResult> DeliverAsync(RelayPayload payload, CancellationToken cancellationToken);
}

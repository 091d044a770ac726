namespace EntSync.Core.Relay;

/// <summary>
/// The relay's memory (the state database): each file's life towards each destination, and every attempt. Each method is
/// one transaction. Attempts are recorded before they start and completed after (DESIGN.md §5b, Delivery).
/// </summary>
public interface IRelayStore
{
    /// <summary>Registers a file for a destination; null when that content is already registered there (never twice).</summary>
    Task<RelayItem?> AddAsync(RelayItem item, CancellationToken cancellationToken);

    /// <summary>Every item of a destination, oldest first.</summary>
    Task<IReadOnlyList<RelayItem>> ItemsAsync(string destination, CancellationToken cancellationToken);

    Task<RelayItem?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Writes the fields that change: status, reason, hold code, times, remote name, released.</summary>
    Task UpdateAsync(RelayItem item, CancellationToken cancellationToken);

    /// <summary>Items waiting (held, new or failing) for any destination, oldest first.</summary>
    Task<IReadOnlyList<RelayItem>> WaitingAsync(CancellationToken cancellationToken);

    /// <summary>Records an attempt before it starts; returns its id.</summary>
    Task<long> StartAttemptAsync(RelayItem item, DateTime startedAt, CancellationToken cancellationToken);

    Task FinishAttemptAsync(long attemptId, DeliveryResult result, DateTime finishedAt, CancellationToken cancellationToken);

    /// <summary>The last attempts, newest first.</summary>
    Task<IReadOnlyList<RelayAttempt>> AttemptsAsync(int count, CancellationToken cancellationToken);

    /// <summary>An establishment's items changed since a moment (what the report shows), oldest first.</summary>
    Task<IReadOnlyList<RelayItem>> ChangedSinceAsync(string uai, DateTime since, CancellationToken cancellationToken);
}

namespace EntSync.Core.Relay;

/// <summary>
/// One delivery attempt as recorded: written before it starts (no <see cref="Outcome"/> yet), completed after. An attempt
/// left without outcome is one a crash interrupted: the file may or may not have arrived, and is sent again.
/// </summary>
public sealed record RelayAttempt(
    long Id, long ItemId, string Destination, string Sha256, string FileName, DateTime StartedAt, DateTime? FinishedAt,
    DeliveryOutcome? Outcome, int? HttpStatus, string? Error, string? Answer);

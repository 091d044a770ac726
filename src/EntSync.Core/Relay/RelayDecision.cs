namespace EntSync.Core.Relay;

/// <summary>The gate's decision for one waiting file, with the French reason and, for a hold, the anomaly code it raises.</summary>
public sealed record RelayDecision(RelayItem Item, RelayAction Action, string? Reason = null, string? HoldCode = null);

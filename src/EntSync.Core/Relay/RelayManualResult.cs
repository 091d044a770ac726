namespace EntSync.Core.Relay;

/// <summary>The outcome of <c>entsync ent release</c> or <c>reject</c>: the item as it ended, or why nothing was done (French).</summary>
public sealed record RelayManualResult(RelayItem? Item, string? Problem)
{
    public static RelayManualResult Refused(string problem, RelayItem? item = null) => new(item, problem);
}

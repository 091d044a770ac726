namespace EntSync.Core.Relay;

/// <summary>
/// An establishment's latest checks as the gate sees them: the codes of its open, not ignored anomalies, and the school
/// year they were made for (null: unknown, they apply to every year).
/// </summary>
public sealed record RelayChecks(int? SchoolYear, IReadOnlySet<string> Codes)
{
    public static RelayChecks None { get; } = new(null, new HashSet<string>());
}

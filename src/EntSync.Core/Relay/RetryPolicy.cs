namespace EntSync.Core.Relay;

/// <summary>Attempts within one run, with a pause doubling after each failure (capped): later runs try again anyway.</summary>
public sealed record RetryPolicy(int Attempts, TimeSpan FirstPause)
{
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(10);

    public static RetryPolicy Default { get; } = new(3, TimeSpan.FromSeconds(10));

    /// <summary>The pause after the failed attempt number <paramref name="failed"/> (1-based).</summary>
    public TimeSpan Pause(int failed)
    {
        var ticks = FirstPause.Ticks * Math.Pow(2, Math.Clamp(failed - 1, 0, 20));
        return ticks >= Cap.Ticks ? Cap : TimeSpan.FromTicks((long)ticks);
    }
}

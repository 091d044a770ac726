namespace EntSync.Infrastructure.Tests.Support;

/// <summary>
/// A clock that moves only when the test says so (the feed has no FakeTimeProvider). Timers fire inside
/// <see cref="Advance"/>; <see cref="WaitForTimerAsync"/> tells the test that the code under test is now waiting.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private readonly SemaphoreSlim created = new(0);
    private DateTimeOffset now = new(2026, 10, 5, 18, 2, 11, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        lock (gate)
        {
            timers.Add(timer);
        }

        created.Release();
        return timer;
    }

    /// <summary>Completes when a timer has been created since the last call (the failure guard is not an assertion on time).</summary>
    public async Task WaitForTimerAsync()
    {
        if (!await created.WaitAsync(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("Aucune minuterie créée : le code attendu n'attend pas.");
        }
    }

    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (gate)
        {
            now += by;
            due = timers.Where(t => t.DueAt is { } at && at <= now).ToList();
            foreach (var timer in due)
            {
                timer.DueAt = timer.Period > TimeSpan.Zero ? now + timer.Period : null;
            }
        }

        foreach (var timer in due)
        {
            timer.Callback(timer.State);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public TimerCallback Callback { get; } = callback;

        public object? State { get; } = state;

        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner.gate)
            {
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner.now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            }

            return true;
        }

        public void Dispose()
        {
            lock (owner.gate)
            {
                DueAt = null;
                owner.timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

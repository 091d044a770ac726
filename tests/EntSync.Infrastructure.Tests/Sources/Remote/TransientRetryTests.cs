using EntSync.Infrastructure.Sources.Remote;
using EntSync.Infrastructure.Tests.Support;

namespace EntSync.Infrastructure.Tests.Sources.Remote;

public sealed class TransientRetryTests
{
    private readonly ManualTimeProvider time = new();

    private static bool IsTimeout(Exception ex) => ex is TimeoutException;

    [Fact]
    public async Task RunAsync_TransientFailuresThenSuccess_RetriedWithGrowingDelays()
    {
        var retry = new TransientRetry(3, TimeSpan.FromSeconds(2), time);
        var calls = 0;
        var run = retry.RunAsync(_ => ++calls < 3 ? throw new TimeoutException() : Task.FromResult("ok"), IsTimeout, CancellationToken.None);

        await time.WaitForTimerAsync();
        time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Equal(1, calls);
        time.Advance(TimeSpan.FromSeconds(0.1));
        await time.WaitForTimerAsync();
        time.Advance(TimeSpan.FromSeconds(3.9));
        Assert.Equal(2, calls);
        time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal("ok", await run);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task RunAsync_StillFailingAfterTheLastAttempt_ThrowsTheLastError()
    {
        var retry = new TransientRetry(2, TimeSpan.Zero, time);
        var calls = 0;

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            retry.RunAsync<int>(_ => throw new TimeoutException($"essai {++calls}"), IsTimeout, CancellationToken.None));

        Assert.Equal("essai 2", error.Message);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task RunAsync_FailureThatIsNotTransient_ThrownAtOnce()
    {
        var retry = new TransientRetry(5, TimeSpan.Zero, time);
        var calls = 0;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            retry.RunAsync(_ => { calls++; throw new UnauthorizedAccessException(); }, IsTimeout, CancellationToken.None));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task RunAsync_CancelledDuringTheWait_StopsWithoutAnotherAttempt()
    {
        var retry = new TransientRetry(3, TimeSpan.FromSeconds(2), time);
        using var cancel = new CancellationTokenSource();
        var calls = 0;
        var run = retry.RunAsync<int>(_ => { calls++; throw new TimeoutException(); }, IsTimeout, cancel.Token);

        await time.WaitForTimerAsync();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task RunAsync_OperationCancelled_NotRetriedEvenIfCalledTransient()
    {
        var retry = new TransientRetry(3, TimeSpan.Zero, time);
        var calls = 0;

        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            retry.RunAsync(_ => { calls++; throw new OperationCanceledException(); }, _ => true, CancellationToken.None));

        Assert.Equal(1, calls);
    }
}

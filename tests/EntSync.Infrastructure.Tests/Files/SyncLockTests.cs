using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Tests.Support;

namespace EntSync.Infrastructure.Tests.Files;

public sealed class SyncLockTests
{
    [Fact]
    public async Task TryAcquireAsync_HeldByAnotherRun_NullUntilReleased()
    {
        using var temp = new TemporaryFolder();
        var path = temp.Combine("entsync.lock");

        var first = await SyncLock.TryAcquireAsync(path, TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(first);
        Assert.Null(await SyncLock.TryAcquireAsync(path, TimeSpan.Zero, CancellationToken.None));

        first.Dispose();
        using var second = await SyncLock.TryAcquireAsync(path, TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(second);
    }

    [Fact]
    public async Task TryAcquireAsync_ReleasedWhileWaiting_Acquires()
    {
        using var temp = new TemporaryFolder();
        var path = temp.Combine("entsync.lock");
        var first = await SyncLock.TryAcquireAsync(path, TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(first);

        var waiting = SyncLock.TryAcquireAsync(path, TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        first.Dispose();

        using var second = await waiting;
        Assert.NotNull(second);
    }

    [Fact]
    public async Task TryAcquireAsync_StaleLockFileFromCrash_Acquires()
    {
        using var temp = new TemporaryFolder();
        var path = temp.Write("entsync.lock", "pid=12345 depuis=2026-10-05T03:00:00\n");

        using var taken = await SyncLock.TryAcquireAsync(path, TimeSpan.Zero, CancellationToken.None);

        Assert.NotNull(taken);
    }

    [Fact]
    public async Task TryAcquireAsync_MissingFolder_CreatesIt()
    {
        using var temp = new TemporaryFolder();

        using var taken = await SyncLock.TryAcquireAsync(temp.Combine("var", "entsync.lock"), TimeSpan.Zero, CancellationToken.None);

        Assert.NotNull(taken);
        Assert.True(File.Exists(temp.Combine("var", "entsync.lock")));
    }
}

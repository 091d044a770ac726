using System.Collections.Concurrent;
using EntSync.Infrastructure.Sources.LocalFolder;
using EntSync.Infrastructure.Tests.Support;

namespace EntSync.Infrastructure.Tests.Sources;

public sealed class LocalFolderWatcherTests : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(2);
    private readonly TemporaryFolder drop = new();
    private readonly ManualTimeProvider time = new();
    private readonly LocalFolderWatcher watcher;
    private readonly ConcurrentDictionary<string, int> observed = new();
    private int triggers;

    public LocalFolderWatcherTests()
    {
        watcher = new LocalFolderWatcher(drop.Path, "*.xml", Debounce, time);
        watcher.Observed += name => observed.AddOrUpdate(name, 1, (_, n) => n + 1);
        watcher.Arrived += () => Interlocked.Increment(ref triggers);
        watcher.Start();
    }

    public void Dispose()
    {
        watcher.Dispose();
        drop.Dispose();
    }

    /// <summary>Waits until the watcher saw these names (the bound only turns a lost event into a failure).</summary>
    private async Task SeenAsync(params string[] names)
    {
        for (var i = 0; i < 600 && !names.All(observed.ContainsKey); i++)
        {
            await Task.Delay(50);
        }

        Assert.All(names, name => Assert.True(observed.ContainsKey(name), name));
    }

    [Fact]
    public async Task Burst_ManyFilesWithinTheWindow_OneTrigger()
    {
        var names = Enumerable.Range(1, 8).Select(i => $"export{i}.xml").ToArray();
        foreach (var name in names)
        {
            drop.Write(name, "<a/>");
        }

        await SeenAsync(names);
        Assert.Equal(0, Volatile.Read(ref triggers));
        time.Advance(Debounce);

        Assert.Equal(1, Volatile.Read(ref triggers));
    }

    [Fact]
    public async Task SecondBurst_AfterTheFirstTrigger_TriggersAgain()
    {
        drop.Write("a.xml", "<a/>");
        await SeenAsync("a.xml");
        time.Advance(Debounce);
        observed.Clear();

        drop.Write("b.xml", "<b/>");
        await SeenAsync("b.xml");
        time.Advance(Debounce);

        Assert.Equal(2, Volatile.Read(ref triggers));
    }

    [Fact]
    public async Task TemporaryAndUnmatchedNames_NotArrivals()
    {
        drop.Write("copie.xml.part", "x");
        drop.Write("notes.txt", "x");
        drop.Write(".cache.xml", "x");
        File.Move(drop.Combine("copie.xml.part"), drop.Combine("copie.xml"));

        // Events come in order: once the rename is seen, the earlier names would have been seen too.
        await SeenAsync("copie.xml");

        Assert.Equal(["copie.xml"], observed.Keys);
    }

    [Fact]
    public void Error_BufferOverflow_TriggersAnyway()
    {
        watcher.OnError(new ErrorEventArgs(new InternalBufferOverflowException()));
        time.Advance(Debounce);

        Assert.Equal(1, Volatile.Read(ref triggers));
    }

    [Fact]
    public void Arrived_SubscriberThrows_WatcherKeepsWorking()
    {
        watcher.Arrived += () => throw new InvalidOperationException("boom");
        watcher.OnError(new ErrorEventArgs(new InternalBufferOverflowException()));
        time.Advance(Debounce);
        watcher.OnError(new ErrorEventArgs(new InternalBufferOverflowException()));
        time.Advance(Debounce);

        Assert.Equal(2, Volatile.Read(ref triggers));
    }
}

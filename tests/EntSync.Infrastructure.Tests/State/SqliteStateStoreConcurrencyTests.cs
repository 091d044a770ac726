using EntSync.Infrastructure.State;
using static EntSync.Infrastructure.Tests.State.StateSamples;

namespace EntSync.Infrastructure.Tests.State;

public sealed class SqliteStateStoreConcurrencyTests : IDisposable
{
    private readonly TempStateDirectory _dir = new();

    [Fact]
    public async Task TwoStores_WritingAtOnce_EveryWriteKept()
    {
        using var service = _dir.Open();
        using var command = _dir.Open();

        var ids = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => (i % 2 == 0 ? service : command).StartRunAsync(Day1.AddMinutes(i), CancellationToken.None))));

        Assert.Equal(40, ids.Distinct().Count());
        Assert.Equal(40, (await command.RecentRunsAsync(100, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task TwoStores_ReaderHoldsASnapshot_WriterCommitsWithoutWaiting()
    {
        using var service = _dir.Open();
        await service.StartRunAsync(Day1, CancellationToken.None);

        // Another process in the middle of a read. Under a rollback journal the commit below would wait for it and fail.
        using var reader = _dir.Connect();
        using var transaction = reader.BeginTransaction(deferred: true);
        using var select = reader.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT COUNT(*) FROM runs;";
        Assert.Equal(1L, select.ExecuteScalar());

        await service.StartRunAsync(Day2, CancellationToken.None);

        Assert.Equal(1L, select.ExecuteScalar());
        using var other = _dir.Open();
        Assert.Equal(2, (await other.RecentRunsAsync(10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task OpenInMemory_KeepsDataAcrossCallsUntilDisposed()
    {
        using var store = SqliteStateStore.OpenInMemory();

        var id = await store.RecordFileAsync(File(new string('e', 64)), CancellationToken.None);

        Assert.Equal(id, (await store.FindFileAsync(new string('e', 64), CancellationToken.None))!.Id);
        using var another = SqliteStateStore.OpenInMemory();
        Assert.Null(await another.FindFileAsync(new string('e', 64), CancellationToken.None));
    }

    public void Dispose() => _dir.Dispose();
}

using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.State;
using static EntSync.Infrastructure.Tests.State.StateSamples;

namespace EntSync.Infrastructure.Tests.State;

public sealed class SqliteStateStoreRunTests : IDisposable
{
    private readonly TempStateDirectory _dir = new();
    private readonly SqliteStateStore _store;

    public SqliteStateStoreRunTests() => _store = _dir.Open();

    [Fact]
    public async Task RecentRunsAsync_FinishedAndUnfinished_NewestFirstWithSummaries()
    {
        var first = await _store.StartRunAsync(Day1, CancellationToken.None);
        var summary = new RunSummary(Day1.AddMinutes(2), 1, 3, 1, 12, "depot : dossier introuvable");
        await _store.FinishRunAsync(first, summary, CancellationToken.None);
        var crashed = await _store.StartRunAsync(Day2, CancellationToken.None);

        var runs = await _store.RecentRunsAsync(10, CancellationToken.None);

        Assert.Equal([(crashed, Day2, null), (first, Day1, summary)], runs);
    }

    [Fact]
    public async Task RecentRunsAsync_MoreRunsThanAsked_OnlyTheLatest()
    {
        var ids = new List<long>();
        foreach (var day in new[] { Day1, Day2, Day3, Day4 })
        {
            ids.Add(await _store.StartRunAsync(day, CancellationToken.None));
        }

        var runs = await _store.RecentRunsAsync(2, CancellationToken.None);

        Assert.Equal([ids[3], ids[2]], runs.Select(r => r.Id));
    }

    [Fact]
    public async Task FinishRunAsync_UnknownRun_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _store.FinishRunAsync(7, new RunSummary(Day1, 0, 0, 0, 0), CancellationToken.None));
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }
}

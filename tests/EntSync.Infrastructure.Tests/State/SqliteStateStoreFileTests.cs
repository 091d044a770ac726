using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.State;

namespace EntSync.Infrastructure.Tests.State;

public sealed class SqliteStateStoreFileTests : IDisposable
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private readonly TempStateDirectory _dir = new();
    private readonly SqliteStateStore _store;

    public SqliteStateStoreFileTests() => _store = _dir.Open();

    [Fact]
    public async Task FindFileAsync_RecordedFile_ReturnsEveryField()
    {
        var id = await _store.RecordFileAsync(StateSamples.File(Hash), CancellationToken.None);

        var found = await _store.FindFileAsync(Hash, CancellationToken.None);

        Assert.Equal(StateSamples.File(Hash) with { Id = id }, found);
    }

    [Fact]
    public async Task FindFileAsync_UnknownHash_ReturnsNull()
    {
        await _store.RecordFileAsync(StateSamples.File(Hash), CancellationToken.None);

        Assert.Null(await _store.FindFileAsync(new string('0', 64), CancellationToken.None));
    }

    [Fact]
    public async Task FindFileAsync_UpperCaseHex_FindsTheSameContent()
    {
        await _store.RecordFileAsync(StateSamples.File(Hash), CancellationToken.None);

        Assert.NotNull(await _store.FindFileAsync(Hash.ToUpperInvariant(), CancellationToken.None));
    }

    [Fact]
    public async Task RecordFileAsync_SameContentTwice_OneRowSameIdNoError()
    {
        var first = await _store.RecordFileAsync(StateSamples.File(Hash, source: "depot", name: "a.xml"), CancellationToken.None);

        var second = await _store.RecordFileAsync(StateSamples.File(Hash.ToUpperInvariant(), source: "sftp", name: "b.xml"), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(1L, _dir.Count("SELECT COUNT(*) FROM files;"));
        Assert.Equal("a.xml", (await _store.FindFileAsync(Hash, CancellationToken.None))!.OriginalName);
    }

    [Fact]
    public async Task UpdateFileAsync_Archived_ChangesStatusPathAndIdentityOnly()
    {
        var id = await _store.RecordFileAsync(StateSamples.File(Hash), CancellationToken.None);
        var archived = StateSamples.Archived(StateSamples.File(Hash), id);

        await _store.UpdateFileAsync(archived with { OriginalName = "renamed.xml", Size = 1 }, CancellationToken.None);

        Assert.Equal(archived, await _store.FindFileAsync(Hash, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateFileAsync_UnknownId_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.UpdateFileAsync(StateSamples.File(Hash) with { Id = 42 }, CancellationToken.None));
    }

    [Fact]
    public async Task PendingFilesAsync_AfterCrashBeforeProcessing_ReturnsTheReceivedFileToAnotherStore()
    {
        var pendingId = await _store.RecordFileAsync(StateSamples.File(Hash), CancellationToken.None);
        var doneId = await _store.RecordFileAsync(StateSamples.File("ab" + Hash[2..]), CancellationToken.None);
        await _store.UpdateFileAsync(StateSamples.Archived(StateSamples.File("ab" + Hash[2..]), doneId), CancellationToken.None);
        _store.Dispose();

        // The "crash": the next process opens the same file.
        using var restarted = _dir.Open();
        var pending = await restarted.PendingFilesAsync(CancellationToken.None);

        var file = Assert.Single(pending);
        Assert.Equal(pendingId, file.Id);
        Assert.Equal(FileStatus.Recu, file.Status);
        Assert.Equal(StateSamples.File(Hash).Path, file.Path);
    }

    [Fact]
    public async Task PendingFilesAsync_AllProcessed_IsEmpty()
    {
        var id = await _store.RecordFileAsync(StateSamples.File(Hash), CancellationToken.None);
        await _store.UpdateFileAsync(StateSamples.File(Hash) with { Id = id, Status = FileStatus.Quarantaine, Reason = "export non reconnu" },
            CancellationToken.None);

        Assert.Empty(await _store.PendingFilesAsync(CancellationToken.None));
        Assert.Equal("export non reconnu", (await _store.FindFileAsync(Hash, CancellationToken.None))!.Reason);
    }

    [Theory]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Local)]
    public async Task RecordFileAsync_DatesOfAnyKind_ReadBackExactly(DateTimeKind kind)
    {
        var received = DateTime.SpecifyKind(StateSamples.Day1, kind);

        await _store.RecordFileAsync(StateSamples.File(Hash, receivedAt: received), CancellationToken.None);
        var back = (await _store.FindFileAsync(Hash, CancellationToken.None))!.ReceivedAt;

        Assert.Equal(received.Ticks, back.Ticks);
        Assert.Equal(kind, back.Kind);
    }

    [Fact]
    public async Task RecordFileAsync_Dates_StoredAsIso8601Text()
    {
        await _store.RecordFileAsync(StateSamples.File(Hash), CancellationToken.None);

        Assert.Equal("2026-09-07T18:02:11.1234567", _dir.Scalar("SELECT received_at FROM files;"));
    }

    [Fact]
    public async Task LastFilePerSourceAsync_SeveralSources_LatestOfEach()
    {
        await _store.RecordFileAsync(StateSamples.File("01" + Hash[2..], source: "depot", receivedAt: StateSamples.Day1, name: "a.xml"), CancellationToken.None);
        await _store.RecordFileAsync(StateSamples.File("02" + Hash[2..], source: "sftp", receivedAt: StateSamples.Day2, name: "b.xml"), CancellationToken.None);
        await _store.RecordFileAsync(StateSamples.File("03" + Hash[2..], source: "depot", receivedAt: StateSamples.Day3, name: "c.xml"), CancellationToken.None);

        var last = await _store.LastFilePerSourceAsync(CancellationToken.None);

        Assert.Equal([("depot", "c.xml", StateSamples.Day3), ("sftp", "b.xml", StateSamples.Day2)],
            last.Select(f => (f.Source, f.OriginalName, f.ReceivedAt)));
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }
}

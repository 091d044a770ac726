using EntSync.Core.Model;
using EntSync.Core.Relay;
using EntSync.Core.Reporting;
using EntSync.Infrastructure.Relay;
using EntSync.Infrastructure.State;
using EntSync.Infrastructure.Tests.State;

namespace EntSync.Infrastructure.Tests.Relay;

public sealed class SqliteRelayStoreTests : IDisposable
{
    private readonly TempStateDirectory _dir = new();
    private readonly SqliteStateStore _state;
    private readonly SqliteRelayStore _store;

    public SqliteRelayStoreTests()
    {
        _state = _dir.Open();
        _store = new SqliteRelayStore(_state);
    }

    public void Dispose()
    {
        _state.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task Add_SameContentForTheSameDestination_IsRegisteredOnceButAnotherDestinationGetsItToo()
    {
        var item = await ItemAsync('a');

        var first = await _store.AddAsync(item, CancellationToken.None);
        var again = await _store.AddAsync(item with { Sha256 = item.Sha256.ToUpperInvariant() }, CancellationToken.None);
        var other = await _store.AddAsync(item with { Destination = "archive" }, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(again);
        Assert.NotNull(other);
        Assert.Single(await _store.ItemsAsync("ent", CancellationToken.None));
    }

    [Fact]
    public async Task Update_ReadsBackEveryChangedField()
    {
        var added = (await _store.AddAsync(await ItemAsync('a'), CancellationToken.None))!;
        var sent = added with
        {
            Status = RelayStatus.Envoye, Reason = "raison", HoldCode = "ENT-ENVOI-EN-ATTENTE", UpdatedAt = StateSamples.Day2, SentAt = StateSamples.Day2,
            RemoteName = "0123456A_20260906100000_EDT.xml", Released = true,
        };

        await _store.UpdateAsync(sent, CancellationToken.None);

        Assert.Equal(sent, await _store.FindAsync(added.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Attempts_AreRecordedBeforeTheyStartAndCompletedAfter_NewestFirst()
    {
        var item = (await _store.AddAsync(await ItemAsync('a'), CancellationToken.None))!;
        var first = await _store.StartAttemptAsync(item, StateSamples.Day1, CancellationToken.None);
        await _store.FinishAttemptAsync(first, DeliveryResult.Transient("le serveur est indisponible ou occupé", 503, "Service Unavailable"), StateSamples.Day1,
            CancellationToken.None);
        await _store.StartAttemptAsync(item, StateSamples.Day2, CancellationToken.None);

        var attempts = await _store.AttemptsAsync(10, CancellationToken.None);

        Assert.Equal(2, attempts.Count);
        Assert.Null(attempts[0].Outcome);
        Assert.Null(attempts[0].FinishedAt);
        Assert.Equal((DeliveryOutcome?)DeliveryOutcome.Temporaire, attempts[1].Outcome);
        Assert.Equal((503, "Service Unavailable"), (attempts[1].HttpStatus!.Value, attempts[1].Answer));
        Assert.Equal("ElevesSansAdresses.xml", attempts[1].FileName);
    }

    [Fact]
    public async Task Waiting_ListsHeldAndFailingFilesOfEveryDestination()
    {
        var held = (await _store.AddAsync(await ItemAsync('a'), CancellationToken.None))!;
        var failing = (await _store.AddAsync((await ItemAsync('b')) with { Destination = "archive" }, CancellationToken.None))!;
        var sent = (await _store.AddAsync(await ItemAsync('c'), CancellationToken.None))!;
        await _store.UpdateAsync(failing with { Status = RelayStatus.Echec }, CancellationToken.None);
        await _store.UpdateAsync(sent with { Status = RelayStatus.Envoye }, CancellationToken.None);

        Assert.Equal([held.Id, failing.Id], (await _store.WaitingAsync(CancellationToken.None)).Select(i => i.Id));
    }

    [Fact]
    public async Task ReportSource_GivesTheEstablishmentsFilesChangedSinceTheMoment()
    {
        var old = (await _store.AddAsync(await ItemAsync('a'), CancellationToken.None))!;
        var recent = (await _store.AddAsync(await ItemAsync('b'), CancellationToken.None))!;
        await _store.UpdateAsync(recent with { Status = RelayStatus.EnAttente, Reason = "les derniers contrôles signalent EXPORT-PARTIEL", UpdatedAt = StateSamples.Day3 },
            CancellationToken.None);

        var lines = await new RelayReportSource(_store).ForReportAsync("0123456a", StateSamples.Day2, CancellationToken.None);

        var line = Assert.Single(lines);
        Assert.Equal(("ent", "ElevesSansAdresses.xml", "EdtChiffre", RelayReportStatus.EnAttente, StateSamples.Day3),
            (line.Destination, line.FileName, line.Kind, line.Status, line.At));
        Assert.Contains("EXPORT-PARTIEL", line.Detail);
        Assert.Contains($"envoi n°{recent.Id}", line.Detail);
        Assert.NotEqual(old.Id, recent.Id);
    }

    private async Task<RelayItem> ItemAsync(char hash)
    {
        var file = StateSamples.File(new string(hash, 64));
        var id = await _state.RecordFileAsync(file, CancellationToken.None);
        return new RelayItem
        {
            Destination = "ent", FileId = id, Sha256 = file.Sha256, Kind = ExportKind.EdtChiffre, Uai = "0123456A", SchoolYear = 2026,
            ExportedAt = StateSamples.Day1, FileName = file.OriginalName, Path = file.Path, Status = RelayStatus.EnAttente,
            CreatedAt = StateSamples.Day1, UpdatedAt = StateSamples.Day1,
        };
    }
}

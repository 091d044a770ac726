using EntSync.Core.Model;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.State;
using static EntSync.Infrastructure.Tests.State.StateSamples;

namespace EntSync.Infrastructure.Tests.State;

public sealed class SqliteStateStorePurgeTests : IDisposable
{
    private const string Uai = "0123456A";
    private const string Code = "SIECLE-ELEVE-SANS-CLASSE";

    private readonly TempStateDirectory _dir = new();
    private readonly SqliteStateStore _store;

    public SqliteStateStorePurgeTests() => _store = _dir.Open();

    [Fact]
    public async Task PurgeAsync_OldFiles_AreAllKeptSoAConservedDropIsNeverTakenTwice()
    {
        var latest = await Archive("aa", Day1);
        await Archive("bb", Day1);
        var pending = await _store.RecordFileAsync(File(Hash("cc"), receivedAt: Day1), CancellationToken.None);
        await Archive("dd", Day4);
        await _store.SetLatestExportAsync(new LatestExport(Uai, 2026, ExportKind.SiecleEleves, latest, "/a.xml", Day1), CancellationToken.None);

        await _store.PurgeAsync(Day3, CancellationToken.None);

        Assert.NotNull(await _store.FindFileAsync(Hash("aa"), CancellationToken.None));
        Assert.NotNull(await _store.FindFileAsync(Hash("bb"), CancellationToken.None));
        Assert.Equal(pending, Assert.Single(await _store.PendingFilesAsync(CancellationToken.None)).Id);
        Assert.NotNull(await _store.FindFileAsync(Hash("dd"), CancellationToken.None));
        Assert.Equal(latest, Assert.Single(await _store.GetLatestExportsAsync(CancellationToken.None)).FileId);
    }

    [Fact]
    public async Task PurgeAsync_ResolvedBeforeCutoff_DeletedWithTheirMessages()
    {
        var run1 = await _store.StartRunAsync(Day1, CancellationToken.None);
        await _store.ApplyAnomaliesAsync(Uai, run1, [Anomaly(Code, "ELEVE_ID=1", "DUPONT Jean"), Anomaly(Code, "ELEVE_ID=2", "MARTIN Léa"),
            Anomaly(Code, "ELEVE_ID=3", "BERNARD Zoé")], new HashSet<string> { Code }, _ => false, Day1, CancellationToken.None);
        var run2 = await _store.StartRunAsync(Day2, CancellationToken.None);
        await _store.ApplyAnomaliesAsync(Uai, run2, [Anomaly(Code, "ELEVE_ID=2", "MARTIN Léa"), Anomaly(Code, "ELEVE_ID=3", "BERNARD Zoé")],
            new HashSet<string> { Code }, _ => false, Day2, CancellationToken.None);
        var run4 = await _store.StartRunAsync(Day4, CancellationToken.None);
        await _store.ApplyAnomaliesAsync(Uai, run4, [Anomaly(Code, "ELEVE_ID=3", "BERNARD Zoé")],
            new HashSet<string> { Code }, _ => false, Day4, CancellationToken.None);

        await _store.PurgeAsync(Day3, CancellationToken.None);

        // ELEVE_ID=1 resolved on day 2 (purged), ELEVE_ID=2 resolved on day 4 (kept), ELEVE_ID=3 still open (kept).
        Assert.Equal(0L, _dir.Count("SELECT COUNT(*) FROM anomalies WHERE message LIKE '%DUPONT%';"));
        Assert.Equal(1L, _dir.Count("SELECT COUNT(*) FROM anomalies WHERE subject = 'ELEVE_ID=2' AND resolved_at IS NOT NULL;"));
        Assert.Equal("ELEVE_ID=3", Assert.Single(await _store.OpenAnomaliesAsync(Uai, CancellationToken.None)).Anomaly.Subject);
    }

    [Fact]
    public async Task PurgeAsync_FileRecords_AreNeverPurgedWhateverTheCutoff()
    {
        await Archive("aa", Day1);

        await _store.PurgeAsync(DateTime.SpecifyKind(Day1.AddYears(5), DateTimeKind.Utc), CancellationToken.None);

        Assert.NotNull(await _store.FindFileAsync(Hash("aa"), CancellationToken.None));
    }

    private static string Hash(string prefix) => prefix + new string('0', 62);

    private async Task<long> Archive(string prefix, DateTime receivedAt)
    {
        var file = File(Hash(prefix), receivedAt: receivedAt, name: prefix + ".xml");
        var id = await _store.RecordFileAsync(file, CancellationToken.None);
        await _store.UpdateFileAsync(Archived(file, id), CancellationToken.None);
        return id;
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }
}

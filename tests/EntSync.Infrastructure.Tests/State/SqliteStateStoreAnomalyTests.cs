using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules;
using EntSync.Infrastructure.State;
using static EntSync.Infrastructure.Tests.State.StateSamples;

namespace EntSync.Infrastructure.Tests.State;

public sealed class SqliteStateStoreAnomalyTests : IDisposable
{
    private const string Uai = "0123456A";
    private const string SansClasse = "SIECLE-ELEVE-SANS-CLASSE";
    private const string SansService = "STS-SANS-SERVICE";

    private readonly TempStateDirectory _dir = new();
    private readonly SqliteStateStore _store;

    public SqliteStateStoreAnomalyTests() => _store = _dir.Open();

    [Fact]
    public async Task ApplyAnomaliesAsync_ThreeRuns_NewThenStillOpenThenResolved()
    {
        var first = await Apply(Day1, [Anomaly(SansClasse, "ELEVE_ID=1", "message 1")], SansClasse);
        var second = await Apply(Day2, [Anomaly(SansClasse, "ELEVE_ID=1", "message 2")], SansClasse);
        var third = await Apply(Day3, [], SansClasse);

        Assert.Equal("ELEVE_ID=1", Assert.Single(first.New).Subject);
        Assert.Empty(first.StillOpen);
        Assert.Empty(first.Resolved);

        Assert.Empty(second.New);
        var still = Assert.Single(second.StillOpen);
        Assert.Equal((Day1, Day2, "message 2"), (still.FirstSeen, still.LastSeen, still.Anomaly.Message));
        Assert.Empty(second.Resolved);

        Assert.Empty(third.New);
        Assert.Empty(third.StillOpen);
        var resolved = Assert.Single(third.Resolved);
        Assert.Equal((Day1, Day2, "message 2", Uai), (resolved.FirstSeen, resolved.LastSeen, resolved.Anomaly.Message, resolved.Anomaly.Uai));
        Assert.Equal(["ElevesSansAdresses.xml"], resolved.Anomaly.Files);
        Assert.Empty(await _store.OpenAnomaliesAsync(Uai, CancellationToken.None));
        Assert.Equal(IsoDates.Format(Day3), _dir.Scalar("SELECT resolved_at FROM anomalies;"));
    }

    [Fact]
    public async Task ApplyAnomaliesAsync_CheckNotRun_KeepsItsAnomaliesOpen()
    {
        await Apply(Day1, [Anomaly(SansClasse, "ELEVE_ID=1"), Anomaly(SansService, "INDIVIDU_ID=7")], SansClasse, SansService);

        // The STS check could not run (no STS export): only the SIECLE one can resolve anything.
        var lifecycle = await Apply(Day2, [], SansClasse);

        Assert.Equal(SansClasse, Assert.Single(lifecycle.Resolved).Anomaly.Code);
        Assert.Empty(lifecycle.StillOpen);
        var open = Assert.Single(await _store.OpenAnomaliesAsync(Uai, CancellationToken.None));
        Assert.Equal((SansService, Day1, Day1), (open.Anomaly.Code, open.FirstSeen, open.LastSeen));
    }

    [Fact]
    public async Task ApplyAnomaliesAsync_Ignored_TrackedAndFlaggedUntilTheIgnoreEnds()
    {
        var silenced = Anomaly(SansClasse, "ELEVE_ID=1");

        var first = await Apply(Day1, [silenced, Anomaly(SansClasse, "ELEVE_ID=2")], [SansClasse], a => a.Subject == "ELEVE_ID=1");
        var flags = (await _store.OpenAnomaliesAsync(Uai, CancellationToken.None)).ToDictionary(a => a.Anomaly.Subject, a => a.Ignored);
        var second = await Apply(Day2, [silenced], [SansClasse], _ => false);

        Assert.Equal(2, first.New.Count);
        Assert.Equal(new Dictionary<string, bool> { ["ELEVE_ID=1"] = true, ["ELEVE_ID=2"] = false }, flags);
        Assert.False(Assert.Single(second.StillOpen).Ignored);
        Assert.False(Assert.Single(await _store.OpenAnomaliesAsync(Uai, CancellationToken.None)).Ignored);
    }

    [Fact]
    public async Task ApplyAnomaliesAsync_ResolvedThenSeenAgain_ReopensAsNewRowKeepingHistory()
    {
        await Apply(Day1, [Anomaly(SansClasse, "ELEVE_ID=1")], SansClasse);
        await Apply(Day2, [], SansClasse);

        var back = await Apply(Day3, [Anomaly(SansClasse, "ELEVE_ID=1")], SansClasse);

        Assert.Single(back.New);
        Assert.Empty(back.StillOpen);
        Assert.Equal(Day3, Assert.Single(await _store.OpenAnomaliesAsync(Uai, CancellationToken.None)).FirstSeen);
        Assert.Equal(2L, _dir.Count("SELECT COUNT(*) FROM anomalies WHERE subject = 'ELEVE_ID=1';"));
        Assert.Equal(1L, _dir.Count("SELECT COUNT(*) FROM anomalies WHERE resolved_at IS NOT NULL;"));
    }

    [Fact]
    public async Task ApplyAnomaliesAsync_SameCodeAndSubjectTwiceInOneRun_OneAnomaly()
    {
        var lifecycle = await Apply(Day1, [Anomaly(SansClasse, "ELEVE_ID=1", "premier"), Anomaly(SansClasse, "ELEVE_ID=1", "second")], SansClasse);

        Assert.Equal("premier", Assert.Single(lifecycle.New).Message);
        Assert.Equal(1L, _dir.Count("SELECT COUNT(*) FROM anomalies;"));
    }

    [Fact]
    public async Task ApplyAnomaliesAsync_OtherEstablishment_Untouched()
    {
        await Apply(Day1, [Anomaly(SansClasse, "ELEVE_ID=1")], SansClasse);
        var runId = await _store.StartRunAsync(Day2, CancellationToken.None);

        var other = await _store.ApplyAnomaliesAsync("0999999Z", runId, [], new HashSet<string> { SansClasse }, _ => false, Day2, CancellationToken.None);

        Assert.Empty(other.Resolved);
        Assert.Single(await _store.OpenAnomaliesAsync(Uai, CancellationToken.None));
    }

    [Fact]
    public async Task ApplyAnomaliesAsync_RecordsTheRun()
    {
        await Apply(Day1, [Anomaly(SansClasse, "ELEVE_ID=1")], SansClasse);
        var lastRun = await Apply(Day2, [], SansClasse);

        Assert.Single(lastRun.Resolved);
        Assert.Equal(2L, _dir.Count("SELECT last_run_id FROM anomalies;"));
    }

    [Fact]
    public async Task ApplyAnomaliesAsync_UnknownRun_RefusedAndNothingWritten()
    {
        await Assert.ThrowsAsync<StateStoreException>(() => _store.ApplyAnomaliesAsync(Uai, 99, [Anomaly(SansClasse, "ELEVE_ID=1")],
            new HashSet<string> { SansClasse }, _ => false, Day1, CancellationToken.None));

        Assert.Equal(0L, _dir.Count("SELECT COUNT(*) FROM anomalies;"));
    }

    private Task<AnomalyLifecycle> Apply(DateTime now, IReadOnlyList<Anomaly> found, params string[] codesChecked) =>
        Apply(now, found, codesChecked, _ => false);

    private async Task<AnomalyLifecycle> Apply(DateTime now, IReadOnlyList<Anomaly> found, string[] codesChecked, Func<Anomaly, bool> ignored)
    {
        var runId = await _store.StartRunAsync(now, CancellationToken.None);
        return await _store.ApplyAnomaliesAsync(Uai, runId, found, codesChecked.ToHashSet(), ignored, now, CancellationToken.None);
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }
}

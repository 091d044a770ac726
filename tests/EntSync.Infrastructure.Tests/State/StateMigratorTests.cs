using EntSync.Infrastructure.State;

namespace EntSync.Infrastructure.Tests.State;

public sealed class StateMigratorTests : IDisposable
{
    private static readonly StateMigration TestV2 = new(2, "test: notes table", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);");

    private readonly TempStateDirectory _dir = new();

    [Fact]
    public void Open_MissingDataDirectory_CreatesItWithStateDb()
    {
        var nested = Path.Combine(_dir.Path, "var", "entsync");

        using (SqliteStateStore.Open(nested))
        {
        }

        Assert.True(File.Exists(Path.Combine(nested, SqliteStateStore.FileName)));
    }

    [Fact]
    public void Open_NewDatabase_IsAtVersion1InWalModeWithEveryTable()
    {
        using (_dir.Open())
        {
        }

        Assert.Equal(1L, _dir.Scalar("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal("wal", _dir.Scalar("PRAGMA journal_mode;"));
        Assert.Equal(4L, _dir.Count("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('runs', 'files', 'latest_exports', 'anomalies');"));
    }

    [Fact]
    public async Task Open_ExistingV1Database_AppliesNothingTwiceAndKeepsData()
    {
        using (var store = _dir.Open())
        {
            await store.StartRunAsync(StateSamples.Day1, CancellationToken.None);
        }

        using (var store = _dir.Open())
        {
            var runs = await store.RecentRunsAsync(10, CancellationToken.None);
            Assert.Single(runs);
        }

        Assert.Equal(1L, _dir.Count("SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public async Task Open_V1DatabaseWithMigration2Added_AppliesOnlyMigration2Once()
    {
        using (var store = _dir.Open())
        {
            await store.StartRunAsync(StateSamples.Day1, CancellationToken.None);
        }

        // Migration 2 is a bare CREATE TABLE: running it a second time would fail.
        using (SqliteStateStore.OpenFile(_dir.DatabasePath, [.. StateMigrations.All, TestV2]))
        {
        }

        using (var store = SqliteStateStore.OpenFile(_dir.DatabasePath, [.. StateMigrations.All, TestV2]))
        {
            Assert.Single(await store.RecentRunsAsync(10, CancellationToken.None));
        }

        Assert.Equal("1,2", _dir.Scalar("SELECT group_concat(version, ',') FROM (SELECT version FROM schema_version ORDER BY version);"));
        Assert.Equal(1L, _dir.Count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'notes';"));
    }

    [Fact]
    public void Open_DatabaseFromNewerVersion_IsRefusedInFrench()
    {
        using (SqliteStateStore.OpenFile(_dir.DatabasePath, [.. StateMigrations.All, TestV2]))
        {
        }

        var ex = Assert.Throws<StateStoreException>(() => _dir.Open());

        Assert.Contains("version plus récente d'EntSync", ex.Message);
        Assert.Contains("schéma 2", ex.Message);
        Assert.Contains(_dir.DatabasePath, ex.Message);
        Assert.Equal(0L, _dir.Count("SELECT COUNT(*) FROM schema_version WHERE version > 2;"));
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_IsRefusedInFrench()
    {
        File.WriteAllText(_dir.DatabasePath, "ceci n'est pas une base SQLite, mais un texte assez long pour avoir un en-tête invalide.");

        var ex = Assert.Throws<StateStoreException>(() => _dir.Open());

        Assert.StartsWith("La base d'état", ex.Message);
        Assert.Contains(_dir.DatabasePath, ex.Message);
    }

    [Fact]
    public async Task Open_TwoStoresOnNewFileAtOnce_EachMigrationAppliedOnce()
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SqliteStateStore.OpenFile(_dir.DatabasePath, [.. StateMigrations.All, TestV2]))));
        foreach (var store in opened) store.Dispose();

        Assert.Equal(2L, _dir.Count("SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public void OpenFile_MigrationsOutOfOrder_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => SqliteStateStore.OpenFile(_dir.DatabasePath, [TestV2]));
    }

    public void Dispose() => _dir.Dispose();
}

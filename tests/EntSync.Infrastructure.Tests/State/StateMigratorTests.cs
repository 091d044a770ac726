using EntSync.Infrastructure.State;

namespace EntSync.Infrastructure.Tests.State;

public sealed class StateMigratorTests : IDisposable
{
    private static readonly StateMigration TestNext = new(4, "test: notes table", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);");

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
    public void Open_NewDatabase_IsAtVersion3InWalModeWithEveryTable()
    {
        using (_dir.Open())
        {
        }

        Assert.Equal(3L, _dir.Scalar("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal("wal", _dir.Scalar("PRAGMA journal_mode;"));
        Assert.Equal(7L, _dir.Count(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('runs', 'files', 'latest_exports', 'previous_exports', 'anomalies', " +
            "'relay_items', 'relay_attempts');"));
    }

    [Fact]
    public async Task Open_ExistingDatabase_AppliesNothingTwiceAndKeepsData()
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

        Assert.Equal(3L, _dir.Count("SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public async Task Open_V1Database_AddsPreviousExportsOnceAndKeepsLatestExports()
    {
        long fileId;
        using (var v1 = SqliteStateStore.OpenFile(_dir.DatabasePath, [StateMigrations.All[0]]))
        {
            fileId = await v1.RecordFileAsync(StateSamples.File(new string('a', 64)), CancellationToken.None);
            await using var connection = _dir.Connect();
            await using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO latest_exports (uai, school_year, kind, file_id, path) VALUES ('0123456A', 2026, 'SiecleEleves', {fileId}, '/a.xml');";
            await insert.ExecuteNonQueryAsync();
        }

        Assert.Equal(0L, _dir.Count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'previous_exports';"));

        using (_dir.Open())
        {
        }

        using (var store = _dir.Open())
        {
            Assert.Equal(fileId, Assert.Single(await store.GetLatestExportsAsync(CancellationToken.None)).FileId);
            Assert.Empty(await store.GetPreviousExportsAsync(CancellationToken.None));
        }

        Assert.Equal("1,2,3", _dir.Scalar("SELECT group_concat(version, ',') FROM (SELECT version FROM schema_version ORDER BY version);"));
        Assert.Equal(1L, _dir.Count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'previous_exports';"));
    }

    [Fact]
    public async Task Open_DatabaseWithMigration4Added_AppliesOnlyMigration4Once()
    {
        using (var store = _dir.Open())
        {
            await store.StartRunAsync(StateSamples.Day1, CancellationToken.None);
        }

        // Migration 4 is a bare CREATE TABLE: running it a second time would fail.
        using (SqliteStateStore.OpenFile(_dir.DatabasePath, [.. StateMigrations.All, TestNext]))
        {
        }

        using (var store = SqliteStateStore.OpenFile(_dir.DatabasePath, [.. StateMigrations.All, TestNext]))
        {
            Assert.Single(await store.RecentRunsAsync(10, CancellationToken.None));
        }

        Assert.Equal("1,2,3,4", _dir.Scalar("SELECT group_concat(version, ',') FROM (SELECT version FROM schema_version ORDER BY version);"));
        Assert.Equal(1L, _dir.Count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'notes';"));
    }

    [Fact]
    public void Open_DatabaseFromNewerVersion_IsRefusedInFrench()
    {
        using (SqliteStateStore.OpenFile(_dir.DatabasePath, [.. StateMigrations.All, TestNext]))
        {
        }

        var ex = Assert.Throws<StateStoreException>(() => _dir.Open());

        Assert.Contains("version plus récente d'EntSync", ex.Message);
        Assert.Contains("schéma 4", ex.Message);
        Assert.Contains(_dir.DatabasePath, ex.Message);
        Assert.Equal(0L, _dir.Count("SELECT COUNT(*) FROM schema_version WHERE version > 4;"));
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
        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SqliteStateStore.OpenFile(_dir.DatabasePath, [.. StateMigrations.All, TestNext]))));
        foreach (var store in opened) store.Dispose();

        Assert.Equal(4L, _dir.Count("SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public void OpenFile_MigrationsOutOfOrder_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => SqliteStateStore.OpenFile(_dir.DatabasePath, [TestNext]));
    }

    public void Dispose() => _dir.Dispose();
}

using Microsoft.Data.Sqlite;

namespace EntSync.Infrastructure.State;

/// <summary>
/// Connections to the state database, each set up the same way (foreign keys on, a busy timeout so two processes wait
/// for each other instead of failing), and the one-transaction-per-call helper every store method goes through.
/// </summary>
internal sealed class StateDatabase : IDisposable
{
    private const int BusyTimeoutMilliseconds = 10_000;

    private readonly string _connectionString;

    // A shared in-memory database lives as long as one connection to it is open.
    private readonly SqliteConnection? _keepAlive;

    private StateDatabase(string connectionString, string displayName, bool inMemory)
    {
        _connectionString = connectionString;
        DisplayName = displayName;
        if (inMemory)
        {
            _keepAlive = new SqliteConnection(connectionString);
            _keepAlive.Open();
        }
    }

    /// <summary>The file's path (or a label for an in-memory database), for messages.</summary>
    public string DisplayName { get; }

    public static StateDatabase ForFile(string path) => new(new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
    }.ToString(), path, inMemory: false);

    public static StateDatabase InMemory() => new(new SqliteConnectionStringBuilder
    {
        DataSource = $"entsync-state-{Guid.NewGuid():N}",
        Mode = SqliteOpenMode.Memory,
        Cache = SqliteCacheMode.Shared,
    }.ToString(), "(base en mémoire)", inMemory: true);

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction, committed when it returns. Writers take the write lock up front
    /// (BEGIN IMMEDIATE): upgrading a read transaction later can fail at once under WAL instead of waiting.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(bool write, Func<SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await using var connection = Open();
            await using var transaction = connection.BeginTransaction(deferred: !write);
            var result = await work(transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (SqliteException ex)
        {
            throw new StateStoreException($"La base d'état « {DisplayName} » n'a pas pu être lue ou écrite : {ex.Message}", ex);
        }
    }

    public Task InTransactionAsync(bool write, Func<SqliteTransaction, Task> work, CancellationToken cancellationToken) =>
        InTransactionAsync(write, async transaction =>
        {
            await work(transaction);
            return true;
        }, cancellationToken);

    public void Dispose()
    {
        if (_keepAlive is not null)
        {
            _keepAlive.Dispose();
            return;
        }

        // Pooled connections keep the file open; release them so the data directory can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}

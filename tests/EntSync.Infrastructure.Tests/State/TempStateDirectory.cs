using EntSync.Infrastructure.State;
using Microsoft.Data.Sqlite;

namespace EntSync.Infrastructure.Tests.State;

/// <summary>A throw-away data directory with a real <c>state.db</c>, and raw SQL access to check what was written.</summary>
internal sealed class TempStateDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("entsync-state-");

    public string Path => _directory.FullName;

    public string DatabasePath => System.IO.Path.Combine(Path, SqliteStateStore.FileName);

    public SqliteStateStore Open() => SqliteStateStore.Open(Path);

    /// <summary>An unpooled connection, so nothing keeps the file open after the test.</summary>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public long Count(string sql) => (long)Scalar(sql)!;

    public void Dispose() => _directory.Delete(recursive: true);
}

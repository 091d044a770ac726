using Microsoft.Data.Sqlite;

namespace EntSync.Infrastructure.State;

/// <summary>Parameterised commands inside a transaction (null values become SQL NULL).</summary>
internal static class SqlCommands
{
    public static SqliteCommand Command(this SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static void Set(this SqliteCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    public static async Task<int> ExecuteAsync(this SqliteTransaction transaction, string sql, (string Name, object? Value)[] parameters,
        CancellationToken cancellationToken)
    {
        await using var command = transaction.Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this SqliteTransaction transaction, string sql, (string Name, object? Value)[] parameters,
        Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = transaction.Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static string? NullableString(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

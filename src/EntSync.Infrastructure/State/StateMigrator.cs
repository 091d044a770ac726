using Microsoft.Data.Sqlite;

namespace EntSync.Infrastructure.State;

/// <summary>
/// Brings a state database to the schema this build knows: WAL mode, then each missing migration in its own write
/// transaction. The version is read again inside that transaction, so two processes opening the same new file apply
/// each step once. A database written by a newer EntSync is refused rather than guessed at.
/// </summary>
internal static class StateMigrator
{
    public static void Migrate(StateDatabase database, IReadOnlyList<StateMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations de la base d'état mal numérotées : {migrations[i].Version} à la position {i + 1}.");
            }
        }

        try
        {
            using var connection = database.Open();
            Execute(connection, null, "PRAGMA journal_mode = WAL;");
            Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
            RefuseNewer(database, connection, migrations.Count);
            foreach (var migration in migrations)
            {
                Apply(connection, migration);
            }
        }
        catch (SqliteException ex)
        {
            throw new StateStoreException($"La base d'état « {database.DisplayName} » n'a pas pu être ouverte ou mise à jour : {ex.Message}", ex);
        }
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void RefuseNewer(StateDatabase database, SqliteConnection connection, int known)
    {
        var current = CurrentVersion(connection, null);
        if (current > known)
        {
            throw new StateStoreException(
                $"La base d'état « {database.DisplayName} » a été écrite par une version plus récente d'EntSync (schéma {current}, " +
                $"cette version connaît le schéma {known} au plus). Installez la version la plus récente d'EntSync, " +
                "ou restaurez une sauvegarde de la base faite avec cette version.");
        }
    }

    private static void Apply(SqliteConnection connection, StateMigration migration)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        if (CurrentVersion(connection, transaction) >= migration.Version)
        {
            return;
        }

        Execute(connection, transaction, migration.Sql);
        using var record = connection.CreateCommand();
        record.Transaction = transaction;
        record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES (@version, @appliedAt);";
        record.Parameters.AddWithValue("@version", migration.Version);
        record.Parameters.AddWithValue("@appliedAt", IsoDates.Format(DateTime.Now));
        record.ExecuteNonQuery();
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

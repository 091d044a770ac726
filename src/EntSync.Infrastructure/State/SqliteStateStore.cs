using EntSync.Core.Model;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules;
using Microsoft.Data.Sqlite;

namespace EntSync.Infrastructure.State;

/// <summary>
/// <see cref="IStateStore"/> on SQLite (<c>state.db</c> in the data directory), WAL mode so a status command can read
/// while the service writes. Every method is one transaction on its own pooled connection; SQL is parameterised.
/// </summary>
internal sealed class SqliteStateStore : IStateStore, IDisposable
{
    public const string FileName = "state.db";

    private readonly StateDatabase _database;

    private SqliteStateStore(StateDatabase database) => _database = database;

    /// <summary>The same database for the stores of other parts (the relay's tables).</summary>
    internal StateDatabase Database => _database;

    /// <summary>Opens (creating the directory and the file when needed) and migrates the data directory's <c>state.db</c>.</summary>
    public static SqliteStateStore Open(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return OpenFile(Path.Combine(dataDirectory, FileName));
    }

    public static SqliteStateStore OpenFile(string databasePath) => OpenFile(databasePath, StateMigrations.All);

    /// <summary>With an explicit migration list, so tests can play a later schema version.</summary>
    internal static SqliteStateStore OpenFile(string databasePath, IReadOnlyList<StateMigration> migrations) =>
        Migrated(StateDatabase.ForFile(databasePath), migrations);

    /// <summary>A private in-memory database (tests, dry runs): gone when the store is disposed. No WAL there.</summary>
    public static SqliteStateStore OpenInMemory() => Migrated(StateDatabase.InMemory(), StateMigrations.All);

    private static SqliteStateStore Migrated(StateDatabase database, IReadOnlyList<StateMigration> migrations)
    {
        try
        {
            StateMigrator.Migrate(database, migrations);
            return new SqliteStateStore(database);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public Task<long> StartRunAsync(DateTime startedAt, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: true, async tx =>
        {
            await using var command = tx.Command("INSERT INTO runs (started_at) VALUES (@startedAt) RETURNING id;", ("@startedAt", IsoDates.Format(startedAt)));
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    public Task FinishRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: true, async tx =>
        {
            var updated = await tx.ExecuteAsync("""
                UPDATE runs SET finished_at = @finishedAt, outcome = @outcome, files_received = @received,
                    files_quarantined = @quarantined, anomalies = @anomalies, error = @error
                WHERE id = @id;
                """,
                [
                    ("@id", runId), ("@finishedAt", IsoDates.Format(summary.FinishedAt)), ("@outcome", summary.Outcome),
                    ("@received", summary.FilesReceived), ("@quarantined", summary.FilesQuarantined), ("@anomalies", summary.Anomalies),
                    ("@error", summary.Error),
                ], cancellationToken);
            if (updated == 0) throw new InvalidOperationException($"Passage {runId} inconnu de la base d'état.");
        }, cancellationToken);

    public Task<FileRecord?> FindFileAsync(string sha256, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: false, tx => FindAsync(tx, sha256, cancellationToken), cancellationToken);

    /// <summary>A content already recorded is not recorded twice: its existing id is returned (no second row, no error).</summary>
    public Task<long> RecordFileAsync(FileRecord file, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: true, async tx =>
        {
            await using var insert = tx.Command($"""
                INSERT INTO files (sha256, source, original_name, size, received_at, status, path, kind, uai, school_year, export_date, reason)
                VALUES (@sha256, @source, @originalName, @size, @receivedAt, @status, @path, @kind, @uai, @schoolYear, @exportDate, @reason)
                ON CONFLICT (sha256) DO NOTHING
                RETURNING id;
                """, FileRows.All(file));
            if (await insert.ExecuteScalarAsync(cancellationToken) is long id) return id;
            return (await FindAsync(tx, file.Sha256, cancellationToken))!.Id;
        }, cancellationToken);

    public Task UpdateFileAsync(FileRecord file, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: true, async tx =>
        {
            var updated = await tx.ExecuteAsync("""
                UPDATE files SET status = @status, path = @path, kind = @kind, uai = @uai, school_year = @schoolYear,
                    export_date = @exportDate, reason = @reason
                WHERE id = @id;
                """, FileRows.Mutable(file), cancellationToken);
            if (updated == 0) throw new InvalidOperationException($"Fichier {file.Id} inconnu de la base d'état.");
        }, cancellationToken);

    public Task<IReadOnlyList<FileRecord>> PendingFilesAsync(CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: false, tx => tx.QueryAsync($"SELECT {FileRows.Columns} FROM files WHERE status = @status ORDER BY id;",
            [("@status", nameof(FileStatus.Recu))], FileRows.Read, cancellationToken), cancellationToken);

    /// <summary>
    /// Replaces the stored export unless both dates are known and the stored one is newer: an equal date is a re-export
    /// received later, and without a date the arrival order is all there is. The export replaced by a different file
    /// becomes the previous one of its kind, in the same transaction; the same file set again moves nothing.
    /// </summary>
    public Task SetLatestExportAsync(LatestExport export, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: true, async tx =>
        {
            (string, object?)[] parameters =
            [
                ("@uai", export.Uai), ("@schoolYear", export.SchoolYear), ("@kind", export.Kind.ToString()), ("@fileId", export.FileId),
                ("@path", export.Path), ("@exportDate", IsoDates.Format(export.ExportDate)),
            ];
            await tx.ExecuteAsync($"""
                INSERT INTO previous_exports (uai, school_year, kind, file_id, path, export_date)
                SELECT uai, school_year, kind, file_id, path, export_date FROM latest_exports
                WHERE uai = @uai AND school_year = @schoolYear AND kind = @kind AND file_id <> @fileId AND ({Replaces("latest_exports", "@exportDate")})
                ON CONFLICT (uai, school_year, kind) DO UPDATE
                    SET file_id = excluded.file_id, path = excluded.path, export_date = excluded.export_date;
                """, parameters, cancellationToken);
            await tx.ExecuteAsync($"""
                INSERT INTO latest_exports (uai, school_year, kind, file_id, path, export_date)
                VALUES (@uai, @schoolYear, @kind, @fileId, @path, @exportDate)
                ON CONFLICT (uai, school_year, kind) DO UPDATE
                    SET file_id = excluded.file_id, path = excluded.path, export_date = excluded.export_date
                    WHERE {Replaces("latest_exports", "excluded.export_date")};
                """, parameters, cancellationToken);
        }, cancellationToken);

    public Task<IReadOnlyList<LatestExport>> GetLatestExportsAsync(CancellationToken cancellationToken) => ExportsAsync("latest_exports", cancellationToken);

    public Task<IReadOnlyList<LatestExport>> GetPreviousExportsAsync(CancellationToken cancellationToken) => ExportsAsync("previous_exports", cancellationToken);

    public Task<AnomalyLifecycle> ApplyAnomaliesAsync(string uai, long runId, IReadOnlyList<Anomaly> found, IReadOnlySet<string> codesChecked,
        Func<Anomaly, bool> ignored, DateTime now, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: true,
            tx => AnomalyLedger.ApplyAsync(tx, uai, runId, found, codesChecked, ignored, now, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<OpenAnomaly>> OpenAnomaliesAsync(string uai, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: false, async tx =>
            (IReadOnlyList<OpenAnomaly>)(await AnomalyLedger.OpenAsync(tx, uai, cancellationToken)).Select(r => r.State).ToList(), cancellationToken);

    public Task<IReadOnlyList<(long Id, DateTime StartedAt, RunSummary? Summary)>> RecentRunsAsync(int count, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: false, tx => tx.QueryAsync(
            "SELECT id, started_at, finished_at, outcome, files_received, files_quarantined, anomalies, error FROM runs ORDER BY id DESC LIMIT @count;",
            [("@count", Math.Max(count, 0))],
            r => (r.GetInt64(0), IsoDates.Parse(r.GetString(1)), r.IsDBNull(2)
                ? null
                : new RunSummary(IsoDates.Parse(r.GetString(2)), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.NullableString(7))),
            cancellationToken), cancellationToken);

    public Task<IReadOnlyList<FileRecord>> LastFilePerSourceAsync(CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: false, tx => tx.QueryAsync(
            $"SELECT {FileRows.Columns} FROM files WHERE id IN (SELECT MAX(id) FROM files GROUP BY source) ORDER BY source;", [],
            FileRows.Read, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<FileRecord>> LastFilesByKindAsync(string uai, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: false, tx => tx.QueryAsync($$"""
            SELECT {{FileRows.Columns}} FROM files WHERE id IN (
                SELECT MAX(id) FROM files
                WHERE status = 'Archive' AND kind IS NOT NULL
                  AND (uai = @uai OR (uai IS NULL AND id IN (SELECT file_id FROM latest_exports WHERE uai = @uai
                                                             UNION SELECT file_id FROM previous_exports WHERE uai = @uai)))
                GROUP BY source, kind)
            ORDER BY source, kind;
            """, [("@uai", uai)], FileRows.Read, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<FileRecord>> QuarantinedSinceAsync(DateTime since, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: false, tx => tx.QueryAsync(
            $"SELECT {FileRows.Columns} FROM files WHERE status = 'Quarantaine' AND substr(received_at, 1, {IsoDates.SortKeyLength}) > @since ORDER BY id;",
            [("@since", IsoDates.SortKey(since))], FileRows.Read, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<OpenAnomaly>> ResolvedSinceAsync(string uai, DateTime since, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: false, async tx => (IReadOnlyList<OpenAnomaly>)(await tx.QueryAsync(
            $"SELECT {AnomalyRow.Columns} FROM anomalies WHERE uai = @uai AND resolved_at IS NOT NULL " +
            $"AND substr(resolved_at, 1, {IsoDates.SortKeyLength}) > @since ORDER BY id;",
            [("@uai", uai), ("@since", IsoDates.SortKey(since))], AnomalyRow.Read, cancellationToken)).Select(r => r.State).ToList(), cancellationToken);

    /// <summary>
    /// Deletes resolved anomalies (their messages name people) resolved before <paramref name="before"/>. File records stay:
    /// they hold no personal data, and with <c>apresTraitement: conserver</c> a file's hash is the only thing that keeps
    /// it from being taken again once its archived copy is gone.
    /// </summary>
    public Task PurgeAsync(DateTime before, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: true, async tx =>
        {
            (string, object?)[] cutoff = [("@before", IsoDates.SortKey(before))];
            await tx.ExecuteAsync($"""
                DELETE FROM anomalies WHERE resolved_at IS NOT NULL AND substr(resolved_at, 1, {IsoDates.SortKeyLength}) < @before;
                """, cutoff, cancellationToken);
        }, cancellationToken);

    public void Dispose() => _database.Dispose();

    /// <summary>SQL: an export dated <paramref name="newDate"/> replaces the row of <paramref name="table"/> (see <see cref="SetLatestExportAsync"/>).</summary>
    private static string Replaces(string table, string newDate) =>
        $"{table}.export_date IS NULL OR {newDate} IS NULL " +
        $"OR substr({newDate}, 1, {IsoDates.SortKeyLength}) >= substr({table}.export_date, 1, {IsoDates.SortKeyLength})";

    // The table name is one of two constants, never input.
    private Task<IReadOnlyList<LatestExport>> ExportsAsync(string table, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: false, tx => tx.QueryAsync(
            $"SELECT uai, school_year, kind, file_id, path, export_date FROM {table} ORDER BY uai, school_year, kind;", [],
            r => new LatestExport(r.GetString(0), r.GetInt32(1), Enum.Parse<ExportKind>(r.GetString(2)), r.GetInt64(3), r.GetString(4),
                r.NullableString(5) is { } date ? IsoDates.Parse(date) : null), cancellationToken), cancellationToken);

    private static async Task<FileRecord?> FindAsync(SqliteTransaction transaction, string sha256, CancellationToken cancellationToken) =>
        (await transaction.QueryAsync($"SELECT {FileRows.Columns} FROM files WHERE sha256 = @sha256;", [("@sha256", FileRows.Hash(sha256))],
            FileRows.Read, cancellationToken)).SingleOrDefault();
}

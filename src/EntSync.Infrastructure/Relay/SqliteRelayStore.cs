using EntSync.Core.Relay;
using EntSync.Infrastructure.State;
using Microsoft.Data.Sqlite;

namespace EntSync.Infrastructure.Relay;

/// <summary><see cref="IRelayStore"/> on the state database's relay tables (migration 3), one transaction per method.</summary>
internal sealed class SqliteRelayStore(SqliteStateStore state) : IRelayStore
{
    private const string AttemptColumns =
        "a.id, a.item_id, a.destination, a.sha256, i.file_name, a.started_at, a.finished_at, a.outcome, a.http_status, a.error, a.answer";

    private readonly StateDatabase _database = state.Database;

    public Task<RelayItem?> AddAsync(RelayItem item, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: true, async tx =>
        {
            var rows = await tx.QueryAsync($"""
                INSERT INTO relay_items (destination, file_id, sha256, kind, uai, school_year, exported_at, file_name, path, status, reason,
                    hold_code, created_at, updated_at, sent_at, remote_name, released)
                VALUES (@destination, @fileId, @sha256, @kind, @uai, @schoolYear, @exportedAt, @fileName, @path, @status, @reason,
                    @holdCode, @createdAt, @updatedAt, @sentAt, @remoteName, @released)
                ON CONFLICT (destination, sha256) DO NOTHING
                RETURNING {RelayItemRows.Columns};
                """, RelayItemRows.All(item), RelayItemRows.Read, cancellationToken);
            return rows.SingleOrDefault();
        }, cancellationToken);

    public Task<IReadOnlyList<RelayItem>> ItemsAsync(string destination, CancellationToken cancellationToken) =>
        QueryItemsAsync("destination = @destination", [("@destination", destination)], cancellationToken);

    public async Task<RelayItem?> FindAsync(long id, CancellationToken cancellationToken) =>
        (await QueryItemsAsync("id = @id", [("@id", id)], cancellationToken)).SingleOrDefault();

    public Task UpdateAsync(RelayItem item, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: true, async tx =>
        {
            var updated = await tx.ExecuteAsync("""
                UPDATE relay_items SET status = @status, reason = @reason, hold_code = @holdCode, updated_at = @updatedAt, sent_at = @sentAt,
                    remote_name = @remoteName, released = @released
                WHERE id = @id;
                """, RelayItemRows.Mutable(item), cancellationToken);
            if (updated == 0) throw new InvalidOperationException($"Envoi {item.Id} inconnu de la base d'état.");
        }, cancellationToken);

    public Task<IReadOnlyList<RelayItem>> WaitingAsync(CancellationToken cancellationToken) =>
        QueryItemsAsync("status IN (@waiting, @failing)", [("@waiting", nameof(RelayStatus.EnAttente)), ("@failing", nameof(RelayStatus.Echec))],
            cancellationToken);

    public Task<IReadOnlyList<RelayItem>> ChangedSinceAsync(string uai, DateTime since, CancellationToken cancellationToken) =>
        QueryItemsAsync($"uai = @uai AND substr(updated_at, 1, {IsoDates.SortKeyLength}) >= @since",
            [("@uai", uai), ("@since", IsoDates.SortKey(since))], cancellationToken);

    public Task<long> StartAttemptAsync(RelayItem item, DateTime startedAt, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: true, async tx =>
        {
            await using var command = tx.Command("""
                INSERT INTO relay_attempts (item_id, destination, sha256, started_at) VALUES (@itemId, @destination, @sha256, @startedAt) RETURNING id;
                """, ("@itemId", item.Id), ("@destination", item.Destination), ("@sha256", item.Sha256.ToLowerInvariant()),
                ("@startedAt", IsoDates.Format(startedAt)));
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    public Task FinishAttemptAsync(long attemptId, DeliveryResult result, DateTime finishedAt, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: true, async tx =>
        {
            var updated = await tx.ExecuteAsync("""
                UPDATE relay_attempts SET finished_at = @finishedAt, outcome = @outcome, http_status = @httpStatus, error = @error, answer = @answer
                WHERE id = @id;
                """,
                [
                    ("@id", attemptId), ("@finishedAt", IsoDates.Format(finishedAt)), ("@outcome", result.Outcome.ToString()),
                    ("@httpStatus", result.HttpStatus), ("@error", result.Error), ("@answer", result.Answer),
                ], cancellationToken);
            if (updated == 0) throw new InvalidOperationException($"Tentative {attemptId} inconnue de la base d'état.");
        }, cancellationToken);

    public Task<IReadOnlyList<RelayAttempt>> AttemptsAsync(int count, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: false, tx => tx.QueryAsync($"""
            SELECT {AttemptColumns} FROM relay_attempts a JOIN relay_items i ON i.id = a.item_id ORDER BY a.id DESC LIMIT @count;
            """, [("@count", Math.Max(0, count))], ReadAttempt, cancellationToken), cancellationToken);

    private static RelayAttempt ReadAttempt(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), IsoDates.Parse(r.GetString(5)),
        r.NullableString(6) is { } finished ? IsoDates.Parse(finished) : null,
        r.NullableString(7) is { } outcome ? Enum.Parse<DeliveryOutcome>(outcome) : null,
        r.IsDBNull(8) ? null : r.GetInt32(8), r.NullableString(9), r.NullableString(10));

    // The condition is one of this class's constants, never input.
    private Task<IReadOnlyList<RelayItem>> QueryItemsAsync(string where, (string, object?)[] parameters, CancellationToken cancellationToken) =>
        _database.InTransactionAsync(write: false, tx => tx.QueryAsync($"SELECT {RelayItemRows.Columns} FROM relay_items WHERE {where} ORDER BY id;",
            parameters, RelayItemRows.Read, cancellationToken), cancellationToken);
}

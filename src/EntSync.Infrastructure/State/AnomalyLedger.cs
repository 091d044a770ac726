using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules;
using Microsoft.Data.Sqlite;

namespace EntSync.Infrastructure.State;

/// <summary>
/// The anomaly lifecycle inside one transaction. Found again: the open row is refreshed (message, files, severity,
/// ignored flag, last seen). Found for the first time, or again after being resolved: a new row, so the resolved one
/// keeps its history and the report shows the problem as new. Open, not found, and its check ran: resolved. Open and
/// its check did not run: left as it is (and not listed in the lifecycle; <see cref="IStateStore.OpenAnomaliesAsync"/>
/// still returns it).
/// </summary>
internal static class AnomalyLedger
{
    private const string OpenRows = $"SELECT {AnomalyRow.Columns} FROM anomalies WHERE uai = @uai AND resolved_at IS NULL ORDER BY id;";

    private static readonly (string, object?)[] ContentParameters =
        [("@severity", ""), ("@audience", ""), ("@message", ""), ("@remedy", ""), ("@files", ""), ("@ignored", 0)];

    public static Task<IReadOnlyList<AnomalyRow>> OpenAsync(SqliteTransaction transaction, string uai, CancellationToken cancellationToken) =>
        transaction.QueryAsync(OpenRows, [("@uai", uai)], AnomalyRow.Read, cancellationToken);

    public static async Task<AnomalyLifecycle> ApplyAsync(SqliteTransaction transaction, string uai, long runId, IReadOnlyList<Anomaly> found,
        IReadOnlySet<string> codesChecked, Func<Anomaly, bool> ignored, DateTime now, CancellationToken cancellationToken)
    {
        var open = (await OpenAsync(transaction, uai, cancellationToken)).ToDictionary(r => r.Key, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var created = new List<Anomaly>();
        var stillOpen = new List<OpenAnomaly>();
        await using var insert = InsertCommand(transaction, uai, runId, now);
        await using var refresh = RefreshCommand(transaction, runId, now);

        foreach (var anomaly in found)
        {
            // A rule reporting the same (code, subject) twice is one problem: the first report is kept.
            if (!seen.Add(AnomalyRow.KeyOf(anomaly))) continue;

            var isIgnored = ignored(anomaly);
            var command = insert;
            if (open.TryGetValue(AnomalyRow.KeyOf(anomaly), out var row))
            {
                command = refresh;
                command.Set("@id", row.Id);
                stillOpen.Add(new OpenAnomaly(anomaly, row.State.FirstSeen, now, isIgnored));
            }
            else
            {
                command.Set("@code", anomaly.Code);
                command.Set("@subject", anomaly.Subject);
                created.Add(anomaly);
            }

            SetContent(command, anomaly, isIgnored);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var resolved = new List<OpenAnomaly>();
        await using var resolve = transaction.Command("UPDATE anomalies SET resolved_at = @now, last_run_id = @runId WHERE id = @id;",
            ("@now", IsoDates.Format(now)), ("@runId", runId), ("@id", 0L));
        foreach (var row in open.Values.Where(r => !seen.Contains(r.Key) && codesChecked.Contains(r.State.Anomaly.Code)).OrderBy(r => r.Id))
        {
            resolve.Set("@id", row.Id);
            await resolve.ExecuteNonQueryAsync(cancellationToken);
            resolved.Add(row.State);
        }

        return new AnomalyLifecycle(created, stillOpen, resolved);
    }

    private static SqliteCommand InsertCommand(SqliteTransaction transaction, string uai, long runId, DateTime now) => transaction.Command("""
        INSERT INTO anomalies (uai, code, subject, severity, audience, message, remedy, files, first_seen, last_seen, ignored, last_run_id)
        VALUES (@uai, @code, @subject, @severity, @audience, @message, @remedy, @files, @now, @now, @ignored, @runId);
        """, [("@uai", uai), ("@runId", runId), ("@now", IsoDates.Format(now)), .. ContentParameters, ("@code", ""), ("@subject", "")]);

    private static SqliteCommand RefreshCommand(SqliteTransaction transaction, long runId, DateTime now) => transaction.Command("""
        UPDATE anomalies SET severity = @severity, audience = @audience, message = @message, remedy = @remedy, files = @files,
            ignored = @ignored, last_seen = @now, last_run_id = @runId
        WHERE id = @id;
        """, [("@runId", runId), ("@now", IsoDates.Format(now)), .. ContentParameters, ("@id", 0L)]);

    private static void SetContent(SqliteCommand command, Anomaly anomaly, bool ignored)
    {
        command.Set("@severity", anomaly.Severity.ToString());
        command.Set("@audience", anomaly.Audience.ToString());
        command.Set("@message", anomaly.Message);
        command.Set("@remedy", anomaly.Remedy);
        command.Set("@files", AnomalyRow.FilesJson(anomaly));
        command.Set("@ignored", ignored ? 1 : 0);
    }
}

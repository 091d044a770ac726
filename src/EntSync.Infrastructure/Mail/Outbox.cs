using System.Text.Json;
using EntSync.Core.Reporting;
using EntSync.Infrastructure.Files;
using Microsoft.Extensions.Logging;

namespace EntSync.Infrastructure.Mail;

/// <summary>
/// outbox/ of the data directory: a mail is written there (.eml for people, .json for the sender) before its first
/// attempt, and removed only after the server accepted it, so it is never lost; a crash between the server's
/// acceptance and the removal is the only way it goes twice (DESIGN.md §5b). Failed sends wait with a growing delay
/// (1, 2, 4… up to 60 minutes); past the maximum age a mail is no longer tried and moves to outbox/abandonnes/.
/// Late and abandoned deliveries are noted in remises.json for the next report. One flusher at a time (a lock file).
/// </summary>
internal sealed class Outbox(string folder, IMailSender sender, TimeProvider time, TimeSpan maxAge, ILogger logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(2);

    public string Folder { get; } = folder;

    public string Abandoned => Path.Combine(Folder, "abandonnes");

    private string NotesFile => Path.Combine(Folder, "remises.json");

    private string LockFile => Path.Combine(Folder, "outbox.lock");

    /// <summary>Queues a mail (the .eml first, then the .json that makes it pending); returns its id.</summary>
    public async Task<string> EnqueueAsync(OutgoingMail mail, string uai, CancellationToken cancellationToken)
    {
        var now = Now();
        var id = $"{now:yyyyMMddTHHmmss}_{SafeFileName.Sanitize(uai)}_{Guid.NewGuid():N}"[..36];
        await AtomicFiles.WriteReplacingAsync(Path.Combine(Folder, id + ".eml"), EmlWriter.Render(mail), cancellationToken);
        await WriteAsync(new OutboxEntry(id, uai, now, mail) { NextAttemptAt = now }, cancellationToken);
        return id;
    }

    public IReadOnlyList<string> PendingIds() => Directory.Exists(Folder)
        ? Directory.EnumerateFiles(Folder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Where(n => n != "remises").Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>Tries every mail due (every pending one when <paramref name="force"/>: a person asked for it now).</summary>
    public async Task<OutboxFlushResult> FlushAsync(bool force, CancellationToken cancellationToken)
    {
        using var held = await SyncLock.TryAcquireAsync(LockFile, LockWait, cancellationToken);
        if (held is null) return OutboxFlushResult.Busy;
        int delivered = 0, failed = 0, waiting = 0, abandoned = 0;
        var errors = new List<string>();
        foreach (var id in PendingIds())
        {
            var entry = await ReadAsync(id, cancellationToken);
            if (entry is null) continue;
            var now = Now();
            if (now - entry.CreatedAt > maxAge)
            {
                await AbandonAsync(entry, cancellationToken);
                abandoned++;
                continue;
            }

            if (!force && entry.NextAttemptAt > now)
            {
                waiting++;
                continue;
            }

            var attempt = new OutboxAttempt(now);
            entry.Attempts.Add(attempt);
            await WriteAsync(entry, cancellationToken);
            try
            {
                await sender.SendAsync(entry.Mail, cancellationToken);
            }
            catch (MailSendException ex)
            {
                attempt.EndedAt = Now();
                attempt.Error = ex.Message;
                entry.NextAttemptAt = attempt.EndedAt.Value + Backoff(entry.Attempts.Count);
                await WriteAsync(entry, cancellationToken);
                failed++;
                errors.Add(ex.Message);
                logger.LogWarning("Courriel {MailId} non remis (tentative {Attempt}, {Kind})", id, entry.Attempts.Count, ex.Permanent ? "configuration" : "passagère");
                continue;
            }

            if (entry.Attempts.Count > 1) await AddNoteAsync(Note(entry, Now()), cancellationToken);
            File.Delete(JsonPath(id));
            AtomicFiles.TryDelete(Path.Combine(Folder, id + ".eml"));
            delivered++;
            logger.LogInformation("Courriel {MailId} remis ({Attempts} tentative(s))", id, entry.Attempts.Count);
        }

        return new OutboxFlushResult(delivered, failed, waiting, abandoned, errors);
    }

    /// <summary>The late or abandoned deliveries of an establishment not yet shown in a report.</summary>
    public async Task<IReadOnlyList<DeliveryNote>> NotesAsync(string uai, CancellationToken cancellationToken) =>
        (await ReadNotesAsync(cancellationToken)).Where(n => string.Equals(n.Uai, uai, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Forgets notes once a report showing them is safely queued or written.</summary>
    public async Task ForgetNotesAsync(IReadOnlyList<DeliveryNote> shown, CancellationToken cancellationToken)
    {
        if (shown.Count == 0) return;
        using var held = await SyncLock.TryAcquireAsync(LockFile, LockWait, cancellationToken);
        if (held is null) return;
        var notes = await ReadNotesAsync(cancellationToken);
        await WriteNotesAsync(notes.Where(n => !shown.Contains(n)).ToList(), cancellationToken);
    }

    /// <summary>1, 2, 4, 8… minutes after each failure, at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));

    private async Task AbandonAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Abandoned);
        foreach (var extension in new[] { ".eml", ".json" })
        {
            var from = Path.Combine(Folder, entry.Id + extension);
            if (File.Exists(from)) AtomicFiles.MoveNoOverwrite(from, Abandoned, entry.Id + extension);
        }

        await AddNoteAsync(Note(entry, null), cancellationToken);
        logger.LogError("Courriel {MailId} abandonné après {Attempts} tentative(s) : conservé dans outbox/abandonnes", entry.Id, entry.Attempts.Count);
    }

    private static DeliveryNote Note(OutboxEntry entry, DateTime? deliveredAt) =>
        new(entry.Uai, entry.Mail.Subject, entry.CreatedAt, deliveredAt, entry.Attempts.Count, entry.Attempts.LastOrDefault(a => a.Error is not null)?.Error);

    private async Task AddNoteAsync(DeliveryNote note, CancellationToken cancellationToken) =>
        await WriteNotesAsync([.. await ReadNotesAsync(cancellationToken), note], cancellationToken);

    private async Task<List<DeliveryNote>> ReadNotesAsync(CancellationToken cancellationToken) =>
        File.Exists(NotesFile) ? JsonSerializer.Deserialize<List<DeliveryNote>>(await File.ReadAllBytesAsync(NotesFile, cancellationToken), Json) ?? [] : [];

    private Task WriteNotesAsync(List<DeliveryNote> notes, CancellationToken cancellationToken) =>
        AtomicFiles.WriteReplacingAsync(NotesFile, JsonSerializer.SerializeToUtf8Bytes(notes, Json), cancellationToken);

    private string JsonPath(string id) => Path.Combine(Folder, id + ".json");

    private async Task<OutboxEntry?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return JsonSerializer.Deserialize<OutboxEntry>(await File.ReadAllBytesAsync(JsonPath(id), cancellationToken), Json);
        }
        catch (Exception ex) when (ex is JsonException or FileNotFoundException)
        {
            logger.LogError("Courriel {MailId} illisible dans outbox ({Error}) : laissé en place", id, ex.GetType().Name);
            return null;
        }
    }

    private Task WriteAsync(OutboxEntry entry, CancellationToken cancellationToken) =>
        AtomicFiles.WriteReplacingAsync(JsonPath(entry.Id), JsonSerializer.SerializeToUtf8Bytes(entry, Json), cancellationToken);

    private DateTime Now() => time.GetLocalNow().DateTime;
}

namespace EntSync.Infrastructure.Mail;

/// <summary>
/// The JSON beside a queued .eml: the mail (to rebuild it for SmtpClient, which cannot send a raw .eml), its
/// recipients, when it was made, when to try next, and every attempt (recorded before it starts, completed after).
/// </summary>
internal sealed record OutboxEntry(string Id, string Uai, DateTime CreatedAt, OutgoingMail Mail)
{
    public DateTime NextAttemptAt { get; set; }

    public List<OutboxAttempt> Attempts { get; init; } = [];
}

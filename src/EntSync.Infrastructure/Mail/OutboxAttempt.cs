namespace EntSync.Infrastructure.Mail;

/// <summary>One send attempt. No end: the process stopped during it (the only case that can repeat a delivered mail).</summary>
internal sealed record OutboxAttempt(DateTime StartedAt)
{
    public DateTime? EndedAt { get; set; }

    public string? Error { get; set; }
}

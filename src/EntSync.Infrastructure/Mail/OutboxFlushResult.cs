namespace EntSync.Infrastructure.Mail;

/// <summary>What one pass over the outbox did. <see cref="Errors"/> are the French reasons of this pass's failures.</summary>
internal sealed record OutboxFlushResult(int Delivered, int Failed, int Waiting, int Abandoned, IReadOnlyList<string> Errors)
{
    public static OutboxFlushResult Busy { get; } = new(0, 0, 0, 0, ["la file d'envoi est déjà traitée par un autre processus (service) : réessayez dans un instant"]);
}

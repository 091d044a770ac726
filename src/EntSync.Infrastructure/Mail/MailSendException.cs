namespace EntSync.Infrastructure.Mail;

/// <summary>
/// A mail that did not go out, with why in French. <see cref="Permanent"/>: retrying as configured cannot help (no
/// authentication offered, credentials refused, certificate not trusted); the outbox keeps the mail all the same.
/// </summary>
internal sealed class MailSendException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}

namespace EntSync.Infrastructure.Mail;

/// <summary>
/// One email as EntSync sends it: text and HTML alternatives, at most one attachment. <see cref="MessageId"/> is fixed
/// when the mail is queued, so the one repeat the crash window allows carries the same id (clients fold duplicates).
/// </summary>
internal sealed record OutgoingMail(string From, IReadOnlyList<string> To, string Subject, string Text, string Html, string MessageId)
{
    public MailAttachment? Attachment { get; init; }
}

namespace EntSync.Infrastructure.Mail;

/// <summary>
/// Sends one email now. Small on purpose (DESIGN.md §3b): System.Net.Mail.SmtpClient today, MailKit or Microsoft Graph
/// when they are available. Throws <see cref="MailSendException"/> with a French reason when the mail did not go out.
/// </summary>
internal interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

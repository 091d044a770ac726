using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace EntSync.Infrastructure.Mail;

/// <summary>
/// Builds the MailMessage of an <see cref="OutgoingMail"/>: UTF-8 everywhere (subject and attachment name as encoded
/// words, so accents survive), multipart/alternative text + HTML, the attachment as base64.
/// </summary>
internal static class MailMessageFactory
{
    public static MailMessage Create(OutgoingMail mail)
    {
        var message = new MailMessage
        {
            From = new MailAddress(mail.From, "EntSync", Encoding.UTF8),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
        };
        foreach (var to in mail.To) message.To.Add(new MailAddress(to));
        message.Headers.Add("Message-ID", mail.MessageId);

        var text = AlternateView.CreateAlternateViewFromString(mail.Text, Encoding.UTF8, MediaTypeNames.Text.Plain);
        text.TransferEncoding = TransferEncoding.QuotedPrintable;
        var html = AlternateView.CreateAlternateViewFromString(mail.Html, Encoding.UTF8, MediaTypeNames.Text.Html);
        html.TransferEncoding = TransferEncoding.QuotedPrintable;
        message.AlternateViews.Add(text);
        message.AlternateViews.Add(html);

        if (mail.Attachment is { } a)
        {
            var attachment = new Attachment(new MemoryStream(a.Content, writable: false), a.FileName, a.MediaType)
            {
                NameEncoding = Encoding.UTF8,
                TransferEncoding = TransferEncoding.Base64,
            };
            attachment.ContentDisposition!.FileName = a.FileName;
            message.Attachments.Add(attachment);
        }

        return message;
    }
}

namespace EntSync.Infrastructure.Mail;

/// <summary>An attached file, sent byte for byte (base64).</summary>
internal sealed record MailAttachment(string FileName, string MediaType, byte[] Content);

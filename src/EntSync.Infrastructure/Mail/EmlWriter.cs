using System.Net.Mail;
using System.Text;

namespace EntSync.Infrastructure.Mail;

/// <summary>
/// The complete message as a .eml file, exactly as SmtpClient would send it: SmtpClient writes it to a pickup folder
/// (a private temporary one), then the X-Sender/X-Receiver lines it adds for pickup services are dropped.
/// </summary>
internal static class EmlWriter
{
    public static byte[] Render(OutgoingMail mail)
    {
        var folder = Directory.CreateTempSubdirectory("entsync-eml-");
        try
        {
            using (var message = MailMessageFactory.Create(mail))
            using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder.FullName })
            {
                client.Send(message);
            }

            var file = Directory.EnumerateFiles(folder.FullName, "*.eml").Single();
            return StripPickupHeaders(File.ReadAllBytes(file));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] StripPickupHeaders(byte[] eml)
    {
        // The headers are ASCII; only the leading X-Sender / X-Receiver lines go.
        var text = Encoding.Latin1.GetString(eml);
        var start = 0;
        while (text.AsSpan(start).StartsWith("X-Sender:", StringComparison.OrdinalIgnoreCase)
               || text.AsSpan(start).StartsWith("X-Receiver:", StringComparison.OrdinalIgnoreCase))
        {
            var end = text.IndexOf("\r\n", start, StringComparison.Ordinal);
            if (end < 0) break;
            start = end + 2;
        }

        return eml[start..];
    }
}

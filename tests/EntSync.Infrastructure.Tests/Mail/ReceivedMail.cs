using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Mail;

/// <summary>
/// A message as the test SMTP sink stored it (SMTP_MAILDIR: &lt;n&gt;.eml raw + &lt;n&gt;.json envelope), with a small
/// MIME reader: headers (encoded words decoded), and the leaf parts with their decoded bytes.
/// </summary>
internal sealed partial class ReceivedMail
{
    private ReceivedMail(string raw, JsonElement envelope)
    {
        Raw = raw;
        Envelope = envelope;
        Parts = Leaves(raw).ToList();
    }

    public string Raw { get; }

    public JsonElement Envelope { get; }

    public IReadOnlyList<(string ContentType, string Headers, byte[] Body)> Parts { get; }

    public IReadOnlyList<string> RcptTos => Envelope.GetProperty("rcpt_tos").EnumerateArray().Select(e => e.GetString()!).ToList();

    public bool Authenticated => Envelope.GetProperty("authenticated").GetBoolean();

    public bool Tls => Envelope.GetProperty("tls").GetBoolean();

    public string Subject => DecodeWords(Header(Raw, "Subject") ?? "");

    /// <summary>Every message in the sink whose headers carry this Message-ID.</summary>
    public static IReadOnlyList<ReceivedMail> WithMessageId(string messageId)
    {
        var dir = TestServers.Get("SMTP_MAILDIR");
        return Directory.GetFiles(dir, "*.eml")
            .Select(f => (Eml: File.ReadAllText(f, Encoding.Latin1), Json: Path.ChangeExtension(f, ".json")))
            .Where(m => m.Eml.Contains(messageId, StringComparison.Ordinal) && File.Exists(m.Json))
            .Select(m => new ReceivedMail(m.Eml, JsonDocument.Parse(File.ReadAllText(m.Json)).RootElement.Clone()))
            .ToList();
    }

    public static async Task<ReceivedMail> WaitForAsync(string messageId)
    {
        for (var i = 0; i < 100; i++)
        {
            if (WithMessageId(messageId) is [var one]) return one;
            await Task.Delay(50);
        }

        return Assert.Single(WithMessageId(messageId));
    }

    public (string ContentType, string Headers, byte[] Body) Part(string contentType) =>
        Assert.Single(Parts, p => p.ContentType.StartsWith(contentType, StringComparison.OrdinalIgnoreCase));

    public string Text(string contentType) => Encoding.UTF8.GetString(Part(contentType).Body);

    private static IEnumerable<(string, string, byte[])> Leaves(string entity)
    {
        var split = entity.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = entity[..split];
        var body = entity[(split + 4)..];
        var type = Header(headers, "Content-Type") ?? "text/plain";
        if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = Boundary().Match(type).Groups[1].Value;
            foreach (var part in body.Split("--" + boundary).Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal)))
            {
                foreach (var leaf in Leaves(part.TrimStart('\r', '\n'))) yield return leaf;
            }

            yield break;
        }

        var encoding = Header(headers, "Content-Transfer-Encoding")?.Trim().ToLowerInvariant();
        var bytes = encoding switch
        {
            "base64" => Convert.FromBase64String(Regex.Replace(body, @"\s", "")),
            "quoted-printable" => QuotedPrintable(body.TrimEnd('\r', '\n')),
            _ => Encoding.Latin1.GetBytes(body),
        };
        yield return (type, headers, bytes);
    }

    private static string? Header(string headers, string name)
    {
        var m = Regex.Match(headers, $@"^{name}:([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", RegexOptions.Multiline | RegexOptions.IgnoreCase);
        return m.Success ? Regex.Replace(m.Groups[1].Value, @"\r\n[ \t]", " ").Trim() : null;
    }

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var unfolded = text.Replace("=\r\n", "");
        for (var i = 0; i < unfolded.Length; i++)
        {
            if (unfolded[i] == '=' && i + 2 < unfolded.Length)
            {
                bytes.Add(Convert.ToByte(unfolded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)unfolded[i]);
            }
        }

        return [.. bytes];
    }

    /// <summary>RFC 2047 encoded words (=?utf-8?B?…?= or ?Q?), joined when adjacent.</summary>
    public static string DecodeWords(string value) =>
        EncodedWord().Replace(Regex.Replace(value, @"\?=\s+=\?", "?==?"), m =>
        {
            var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(m.Groups[3].Value)
                : QuotedPrintable(m.Groups[3].Value.Replace('_', ' '));
            return Encoding.GetEncoding(m.Groups[1].Value).GetString(bytes);
        });

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"=\?([^?]+)\?([BQbq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}

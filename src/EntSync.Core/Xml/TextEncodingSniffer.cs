using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using EntSync.Core.Readers;

namespace EntSync.Core.Xml;

/// <summary>
/// Decides how to decode an XML export. SIECLE files declare ISO-8859-15, which .NET only knows once the code-pages
/// provider is registered; decoding it as Latin-1 would silently turn 'œ' into '½'. Tools in the wild also write UTF-8
/// under an ISO-8859-15 declaration: such a file is decoded as UTF-8 and flagged rather than read as mojibake.
/// </summary>
public static partial class TextEncodingSniffer
{
    public const string MisdeclaredCode = "ENCODAGE-MAL-DECLARE";

    static TextEncodingSniffer() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Call once at start so every later <c>Encoding.GetEncoding</c> knows ISO-8859-15.</summary>
    public static void EnsureRegistered() { }

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']""")]
    private static partial Regex DeclarationPattern();

    public static EncodingDecision Decide(Func<Stream> open)
    {
        byte[] head;
        using (var s = open())
        {
            head = new byte[1024];
            head = head[..s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        }

        if (head is [0xEF, 0xBB, 0xBF, ..])
        {
            var declared = DeclaredName(head.AsSpan(3));
            var warning = declared is not null && !IsUtf8Name(declared)
                ? new ReadWarning(MisdeclaredCode, $"Le fichier commence par une marque UTF-8 (BOM) mais déclare l'encodage « {declared} » : il a été lu en UTF-8.", 1)
                : null;
            return new EncodingDecision(declared, ExportDocument.Utf8NoBom, warning);
        }

        if (head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return new EncodingDecision(null, head[0] == 0xFF ? System.Text.Encoding.Unicode : System.Text.Encoding.BigEndianUnicode, null);
        }

        var name = DeclaredName(head);
        if (name is null || IsUtf8Name(name))
        {
            return new EncodingDecision(name, ExportDocument.Utf8NoBom, null);
        }

        Encoding encoding;
        try
        {
            encoding = System.Text.Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            throw new ExportReadException(
                $"Encodage « {name} » non pris en charge (déclaration XML, ligne 1). Encodages attendus : ISO-8859-15 ou UTF-8.", 1);
        }

        if (encoding.IsSingleByte && LooksLikeUtf8(open))
        {
            return new EncodingDecision(name, ExportDocument.Utf8NoBom, new ReadWarning(MisdeclaredCode,
                $"Le fichier déclare l'encodage « {name} » mais contient de l'UTF-8 : il a été lu en UTF-8. Le logiciel qui l'a produit (ou une copie par un éditeur de texte) a changé l'encodage.", 1));
        }

        return new EncodingDecision(name, encoding.CodePage == Latin9Encoding.Instance.CodePage ? Latin9Encoding.Instance : encoding, null);
    }

    private static bool IsUtf8Name(string name) =>
        name.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) || name.Equals("UTF8", StringComparison.OrdinalIgnoreCase);

    private static string? DeclaredName(ReadOnlySpan<byte> head)
    {
        // The declaration is ASCII by definition; decoding as Latin-1 keeps every byte.
        var text = System.Text.Encoding.Latin1.GetString(head);
        var match = DeclarationPattern().Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// True when the bytes hold at least one non-ASCII character and all of them form valid UTF-8. Genuine Latin-9 text
    /// almost never does ("é" is a lone 0xE9), so the first invalid sequence ends the scan early.
    /// </summary>
    internal static bool LooksLikeUtf8(Func<Stream> open)
    {
        using var s = open();
        var buffer = new byte[256 * 1024];
        var carried = 0;
        var sawNonAscii = false;
        int n;
        while ((n = s.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var length = carried + n;
            var complete = length - IncompleteTail(buffer.AsSpan(0, length));
            var span = buffer.AsSpan(0, complete);
            if (!sawNonAscii && span.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0) sawNonAscii = true;
            if (!Utf8.IsValid(span)) return false;
            carried = length - complete;
            buffer.AsSpan(complete, carried).CopyTo(buffer);
        }

        return sawNonAscii && carried == 0;
    }

    /// <summary>How many trailing bytes start a multi-byte sequence that the buffer cuts off.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> span)
    {
        for (var back = 1; back <= 3 && back <= span.Length; back++)
        {
            var b = span[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte: keep looking for the lead byte
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }

        return 0;
    }
}

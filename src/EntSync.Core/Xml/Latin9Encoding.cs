using System.Buffers;
using System.Text;

namespace EntSync.Core.Xml;

/// <summary>
/// A fast ISO-8859-15 decoder. Latin-9 is Latin-1 with eight code points replaced (€ Š š Ž ž Œ œ Ÿ), so decoding
/// reuses the runtime's vectorised Latin-1 widening and patches those bytes. The code-pages provider's generic
/// single-byte decoder was the largest cost of reading SIECLE and STS exports.
/// </summary>
public sealed class Latin9Encoding : Encoding
{
    private static readonly SearchValues<byte> Special = SearchValues.Create([0xA4, 0xA6, 0xA8, 0xB4, 0xB8, 0xBC, 0xBD, 0xBE]);

    public static Latin9Encoding Instance { get; } = new();

    private Latin9Encoding() : base(28605)
    {
    }

    public override string WebName => "iso-8859-15";

    public override string EncodingName => "Latin 9 (ISO-8859-15)";

    public override bool IsSingleByte => true;

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        GetChars(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));

    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        var written = Latin1.GetChars(bytes, chars);
        var offset = 0;
        int found;
        while ((found = bytes[offset..].IndexOfAny(Special)) >= 0)
        {
            offset += found;
            chars[offset] = ToChar(bytes[offset]);
            offset++;
        }

        return written;
    }

    public override int GetMaxCharCount(int byteCount) => byteCount;

    public override int GetMaxByteCount(int charCount) => charCount + 1;

    public override int GetByteCount(char[] chars, int index, int count) => count;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        for (var i = 0; i < charCount; i++) bytes[byteIndex + i] = ToByte(chars[charIndex + i]);
        return charCount;
    }

    private static char ToChar(byte b) => b switch
    {
        0xA4 => '€',
        0xA6 => 'Š',
        0xA8 => 'š',
        0xB4 => 'Ž',
        0xB8 => 'ž',
        0xBC => 'Œ',
        0xBD => 'œ',
        0xBE => 'Ÿ',
        _ => (char)b,
    };

    private static byte ToByte(char c) => c switch
    {
        '€' => 0xA4,
        'Š' => 0xA6,
        'š' => 0xA8,
        'Ž' => 0xB4,
        'ž' => 0xB8,
        'Œ' => 0xBC,
        'œ' => 0xBD,
        'Ÿ' => 0xBE,
        '\u00A4' or '\u00A6' or '\u00A8' or '\u00B4' or '\u00B8' or '\u00BC' or '\u00BD' or '\u00BE' => (byte)'?',
        <= '\u00FF' => (byte)c,
        _ => (byte)'?',
    };
}

using System.Text;
using System.Xml;
using EntSync.Core.Archives;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers;

/// <summary>
/// One export to identify and read: a file on disk or an entry of a zip. It can be opened several times
/// (identification, then reading). The text encoding is decided once, on first use, by <see cref="TextEncodingSniffer"/>.
/// </summary>
public sealed class ExportDocument
{
    private readonly Func<Stream> _openRaw;
    private EncodingDecision? _encoding;

    public ExportDocument(string displayName, string fileName, Func<Stream> openRaw, ReadLimits? limits = null)
    {
        DisplayName = displayName;
        FileName = fileName;
        Limits = limits ?? ReadLimits.Default;
        _openRaw = openRaw;
    }

    /// <summary>The path as given, or <c>archive.zip!entry.xml</c>.</summary>
    public string DisplayName { get; }

    /// <summary>The bare file name (entry name for a zip entry): a hint only, never the basis of a decision.</summary>
    public string FileName { get; }

    public ReadLimits Limits { get; }

    public static ExportDocument FromFile(string path, ReadLimits? limits = null) =>
        new(path, OriginalName(Path.GetFileName(path)), () => File.OpenRead(path), limits);

    /// <summary>
    /// Copies in the data directory (inbox, archive, quarantine) carry a time stamp prefix, <c>yyyyMMddTHHmmss_</c>
    /// (DESIGN.md §5); name hints and SIECLE's own file-name rules are about the name the file was dropped with.
    /// </summary>
    internal static string OriginalName(string fileName) =>
        fileName.Length > 16 && fileName[8] == 'T' && fileName[15] == '_' && fileName[..8].All(char.IsAsciiDigit) && fileName[9..15].All(char.IsAsciiDigit)
            ? fileName[16..]
            : fileName;

    public static ExportDocument FromBytes(string name, byte[] bytes, ReadLimits? limits = null) =>
        new(name, Path.GetFileName(name), () => new MemoryStream(bytes, writable: false), limits);

    /// <summary>Raw bytes, with the size limit enforced on what is actually read.</summary>
    public Stream OpenRead() => new LimitedReadStream(_openRaw(), Limits.MaxFileBytes, $"Le fichier {DisplayName}");

    public bool IsZip()
    {
        using var s = OpenRead();
        Span<byte> magic = stackalloc byte[4];
        return s.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic is [0x50, 0x4B, 0x03, 0x04];
    }

    /// <summary>The encoding used to decode the text (after BOM, declaration and mis-declaration checks).</summary>
    public EncodingDecision Encoding => _encoding ??= TextEncodingSniffer.Decide(OpenRead);

    /// <summary>A hardened XmlReader over the decoded text (DTD ignored and never resolved).</summary>
    public XmlReader OpenXml()
    {
        var decision = Encoding;
        // BOM detection only strips the mark: the sniffer already chose the same encoding from it.
        var text = new StreamReader(OpenRead(), decision.Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        return XmlReader.Create(text, SafeXml.Settings(Limits));
    }

    /// <summary>Warnings every reader should pass on (e.g. the encoding was mis-declared).</summary>
    public IReadOnlyList<ReadWarning> EncodingWarnings => Encoding.Warning is { } w ? [w] : [];

    /// <summary>A zip's entries as documents, checked against traversal, entry count and expansion bombs.</summary>
    public IReadOnlyList<ZipEntryInfo> ListZipEntries() => SafeZip.ListEntries(this);

    public ExportDocument ZipEntry(ZipEntryInfo entry) =>
        new($"{DisplayName}!{entry.FullName}", Path.GetFileName(entry.FullName), () => SafeZip.OpenEntry(this, entry), Limits);

    public static Encoding Utf8NoBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}

using System.IO.Compression;
using System.Text;
using System.Xml;

namespace EntSync.Generator.Writers.Udt;

/// <summary>
/// Writes one UDCal entry into the zip. No UDCal file is public (FORMATS.md §17), so the envelope is a plausible guess:
/// an ISO-8859-15 declaration (UDT is a Windows program of the SIECLE era; Latin-9 keeps 'œ', which Latin-1 lacks) and
/// a lower-case root named after the records (<c>profs</c>, <c>divs</c>…). ODE, and our reader, only look at the
/// record elements and their attributes, never at the root. The entry date is fixed so the zip is byte-identical.
/// </summary>
internal static class UdtXmlEntry
{
    private static readonly Encoding Latin9 = CreateLatin9();

    public static void Write(ZipArchive zip, string name, DateTime stamp, string root, Action<XmlWriter> body)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(stamp, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\r\n"u8);
        var settings = new XmlWriterSettings
        {
            Encoding = Latin9,
            OmitXmlDeclaration = true,
            Indent = true,
            NewLineChars = "\r\n",
            CloseOutput = false,
        };
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartElement(root);
        body(writer);
        writer.WriteEndElement();
    }

    /// <summary>Writes an attribute only when it has a value: UDT leaves unknown fields out.</summary>
    public static void Attr(this XmlWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) writer.WriteAttributeString(name, value);
    }

    private static Encoding CreateLatin9()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("ISO-8859-15");
    }
}

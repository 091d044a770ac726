using System.Globalization;
using System.Text;
using System.Xml;

namespace EntSync.Generator.Writers.Sts;

/// <summary>
/// XmlWriter settings shared by the STS-Web and élève-groupe writers: ISO-8859-15 bytes ('œ' is 0xBD there, absent
/// from Latin-1) under the declaration the real files carry, written upper-case as they do.
/// </summary>
internal static class Latin9Xml
{
    public static Encoding Latin9
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(28605);
        }
    }

    public static XmlWriter Create(Stream stream)
    {
        var encoding = Latin9;
        // XmlWriter would declare "iso-8859-15"; the exports write the name upper-case.
        stream.Write(encoding.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n"));
        return XmlWriter.Create(stream, new XmlWriterSettings
        {
            Encoding = encoding,
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        });
    }

    public static void Element(this XmlWriter w, string name, string? value)
    {
        if (value is not null) w.WriteElementString(name, value);
    }

    public static void Element(this XmlWriter w, string name, int value) =>
        w.WriteElementString(name, value.ToString(CultureInfo.InvariantCulture));

    public static string Iso(this DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Hhmm(int minutes) => $"{minutes / 60:D2}{minutes % 60:D2}";
}

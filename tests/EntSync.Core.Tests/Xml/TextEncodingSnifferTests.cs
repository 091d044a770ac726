using System.Text;
using EntSync.Core.Readers;
using EntSync.Core.Tests.Support;
using EntSync.Core.Xml;

namespace EntSync.Core.Tests.Xml;

public sealed class TextEncodingSnifferTests
{
    private const string Latin9Declaration = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>";

    private static string ReadRootText(ExportDocument doc)
    {
        using var reader = doc.OpenXml();
        reader.MoveToContent();
        return reader.ReadElementContentAsString();
    }

    [Fact]
    public void Decide_Latin9File_DecodesOeLigatureNotOneHalf()
    {
        var doc = Docs.Text("n.xml", $"{Latin9Declaration}<A>Cœur Lætitia é</A>", Docs.Latin9);

        Assert.Equal("Cœur Lætitia é", ReadRootText(doc));
        Assert.Null(doc.Encoding.Warning);
        Assert.Equal(28605, doc.Encoding.Encoding.CodePage);
    }

    [Fact]
    public void Decide_Utf8UnderLatin9Declaration_ReadsUtf8AndWarns()
    {
        var doc = Docs.Text("n.xml", $"{Latin9Declaration}<A>Léa Cœur</A>", new UTF8Encoding(false));

        Assert.Equal("Léa Cœur", ReadRootText(doc));
        Assert.Equal(TextEncodingSniffer.MisdeclaredCode, doc.Encoding.Warning?.Code);
        Assert.Contains("ISO-8859-15", doc.Encoding.Warning!.Message);
    }

    [Fact]
    public void Decide_AsciiOnlyUnderLatin9Declaration_KeepsDeclaredEncodingWithoutWarning()
    {
        var doc = Docs.Text("n.xml", $"{Latin9Declaration}<A>MARTIN</A>", Encoding.ASCII);

        Assert.Null(doc.Encoding.Warning);
        Assert.Equal(28605, doc.Encoding.Encoding.CodePage);
    }

    [Fact]
    public void Decide_Utf8SequenceCutByTheBufferBoundary_StillRecognisedAsUtf8()
    {
        // 256 KiB buffer: put a 3-byte 'œ'... no, 'œ' is 2 bytes; use '€' (3 bytes) straddling the boundary.
        var prefix = Latin9Declaration + "<A>";
        var padding = new string('x', 256 * 1024 - Encoding.ASCII.GetByteCount(prefix) - 1);
        var doc = Docs.Text("n.xml", prefix + padding + "€é</A>", new UTF8Encoding(false));

        Assert.Equal(TextEncodingSniffer.MisdeclaredCode, doc.Encoding.Warning?.Code);
        Assert.EndsWith("€é", ReadRootText(doc));
    }

    [Fact]
    public void Decide_BomWithUtf8Declaration_ReadsWithoutWarning()
    {
        var doc = Docs.Text("n.xml", "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><A>é</A>", new UTF8Encoding(false));

        Assert.Equal("é", ReadRootText(doc));
        Assert.Null(doc.Encoding.Warning);
    }

    [Fact]
    public void Decide_UnknownEncoding_RefusedWithFrenchMessage()
    {
        var doc = Docs.Text("n.xml", "<?xml version=\"1.0\" encoding=\"x-macthai\"?><A/>", Encoding.ASCII);

        var ex = Assert.Throws<ExportReadException>(() => doc.Encoding);
        Assert.Contains("x-macthai", ex.Message);
        Assert.Contains("non pris en charge", ex.Message);
    }

    [Fact]
    public void Decide_NoDeclaration_DefaultsToUtf8()
    {
        var doc = Docs.Text("n.xml", "<A>ü</A>", new UTF8Encoding(false));

        Assert.Equal("ü", ReadRootText(doc));
        Assert.Equal(Encoding.UTF8.CodePage, doc.Encoding.Encoding.CodePage);
    }
}

using System.Xml;
using EntSync.Core.Tests.Support;
using EntSync.Core.Xml;

namespace EntSync.Core.Tests.Xml;

public sealed class SafeXmlTests
{
    [Fact]
    public void OpenXml_ExternalEntity_IsNeverResolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "SECRET-CONTENT");
        var xml = $"""<?xml version="1.0"?><!DOCTYPE A [<!ENTITY x SYSTEM "file://{secret}">]><A>&x;</A>""";
        using var reader = Docs.Text("xxe.xml", xml).OpenXml();

        var ex = Assert.Throws<XmlException>(() =>
        {
            reader.MoveToContent();
            reader.ReadElementContentAsString();
        });

        Assert.Contains("undeclared entity", ex.Message);
        Assert.DoesNotContain("SECRET-CONTENT", XmlErrorTranslator.Translate(ex).Message);
        File.Delete(secret);
    }

    [Fact]
    public void OpenXml_BillionLaughs_RefusedWithoutExpansion()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <lolz>&lol3;</lolz>
            """;
        using var reader = Docs.Text("bomb.xml", xml).OpenXml();

        var ex = Assert.Throws<XmlException>(() =>
        {
            while (reader.Read()) { }
        });

        var error = XmlErrorTranslator.Translate(ex);
        Assert.Contains("entité « lol3 » non déclarée", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void OpenXml_DoctypeWithoutEntities_IsToleratedAndIgnored()
    {
        var xml = """<?xml version="1.0" encoding="ISO-8859-15"?><!DOCTYPE STS_EDT SYSTEM "DTD_STS_EDT.dtd"><STS_EDT><X>1</X></STS_EDT>""";
        using var reader = Docs.Text("dtd.xml", xml, Docs.Latin9).OpenXml();

        reader.MoveToContent();
        Assert.Equal("STS_EDT", reader.LocalName);
    }
}

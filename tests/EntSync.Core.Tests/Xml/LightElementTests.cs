using EntSync.Core.Tests.Support;
using EntSync.Core.Xml;

namespace EntSync.Core.Tests.Xml;

public sealed class LightElementTests
{
    [Fact]
    public void Read_Record_GivesFieldsByNameWithAlternativesAndCaseInsensitiveAttributes()
    {
        const string xml = """
            <ROOT><ELEVE ELEVE_ID="12" IdPN="7"><NOM>DUPONT</NOM><PRENOM>  Léa </PRENOM><VIDE></VIDE>
            <STRUCTURES><STRUCTURE><CODE_STRUCTURE>3 A</CODE_STRUCTURE></STRUCTURE></STRUCTURES></ELEVE><NEXT/></ROOT>
            """;
        using var reader = Docs.Text("r.xml", xml).OpenXml();
        reader.MoveToContent();
        reader.Read();

        var e = LightElement.Read(reader);

        Assert.Equal("12", e.Attr("eleve_id"));
        Assert.Equal("7", e.Attr("IDPN"));
        Assert.Equal("DUPONT", e.Value("NOM_DE_FAMILLE", "NOM"));
        Assert.Equal("Léa", e.Value("PRENOM"));
        Assert.Null(e.Value("VIDE"));
        Assert.Null(e.Value("ABSENT"));
        Assert.Equal("3 A", e.Path("STRUCTURES", "STRUCTURE", "CODE_STRUCTURE"));
        Assert.Equal("NEXT", reader.LocalName);
    }

    [Fact]
    public void StartElements_ConsumingAnElement_DoesNotSkipItsNextSibling()
    {
        using var reader = Docs.Text("r.xml", "<R><E><X/></E><E/><F/></R>").OpenXml();
        var seen = new List<string>();

        foreach (var r in reader.StartElements())
        {
            seen.Add(r.LocalName);
            if (r.LocalName == "E") LightElement.Read(r);
        }

        Assert.Equal(["R", "E", "E", "F"], seen);
    }

    [Fact]
    public void Read_DeeplyNestedRecord_DoesNotOverflowTheStack()
    {
        var xml = string.Concat(Enumerable.Repeat("<a>", 50_000)) + string.Concat(Enumerable.Repeat("</a>", 50_000));
        using var reader = Docs.Text("deep.xml", xml).OpenXml();
        reader.MoveToContent();

        var e = LightElement.Read(reader);

        Assert.Single(e.Children);
    }
}

using System.Xml;
using EntSync.Core.Tests.Support;
using EntSync.Core.Xml;

namespace EntSync.Core.Tests.Xml;

public sealed class XmlErrorTranslatorTests
{
    private static EntSync.Core.Readers.FileError ErrorOf(string xml)
    {
        using var reader = Docs.Text("e.xml", xml).OpenXml();
        var ex = Assert.Throws<XmlException>(() =>
        {
            while (reader.Read()) { }
        });
        return XmlErrorTranslator.Translate(ex);
    }

    [Fact]
    public void Translate_MismatchedTags_NamesBothTagsAndLines()
    {
        var error = ErrorOf("<R>\n<STRICTURES_ELEVE>\n<X/>\n</STRUCTURES_ELEVE>\n</R>");

        Assert.Equal("XML mal formé : balise STRICTURES_ELEVE ouverte ligne 2, fermée par STRUCTURES_ELEVE ligne 4. " +
                     "Le fichier a probablement été modifié à la main : refaites l'export.", error.Message);
        Assert.Equal(4, error.Line);
        Assert.NotNull(error.Column);
    }

    [Fact]
    public void Translate_TruncatedFile_SaysTruncatedAndListsOpenElements()
    {
        var error = ErrorOf("<BEE_ELEVES>\n<DONNEES>\n<ELEVE>");

        Assert.StartsWith("Fichier tronqué", error.Message);
        Assert.Contains("ELEVE, DONNEES, BEE_ELEVES", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Translate_UnexpectedToken_QuotesTokenInFrench()
    {
        var error = ErrorOf("<A>\n<B>x</B d>\n</A>");

        Assert.Contains("« d » inattendu", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Translate_NotXml_SaysSo()
    {
        var error = ErrorOf("Nom;Prénom\nMARTIN;Léa");

        Assert.StartsWith("Ce fichier n'est pas du XML", error.Message);
    }

    [Fact]
    public void Translate_EmptyFile_SaysNoRootElement()
    {
        var error = ErrorOf("");

        Assert.Contains("sans élément racine", error.Message);
    }
}

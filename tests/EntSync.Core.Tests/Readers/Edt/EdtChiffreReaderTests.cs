using System.Xml.Linq;
using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Readers.Edt.EdtTestSupport;

namespace EntSync.Core.Tests.Readers.Edt;

public sealed class EdtChiffreReaderTests
{
    private const string Sample = "edt-index-ent-export/laclasse/Edt_To_LaclasseCom_0134567A.xml";

    [SampleFact]
    public void Read_LaclasseSample_ReadsTheClearEnvelope()
    {
        var file = Inspect(Samples.Sample(Sample));
        var export = Content<EdtChiffreExport>(file);

        Assert.Equal(ExportKind.EdtChiffre, file.Identity.Kind);
        Assert.Equal("0134567A", file.Identity.Uai);
        Assert.Equal(2013, file.Identity.SchoolYear);
        Assert.Equal(new DateTime(2014, 5, 20, 10, 19, 8, 486), file.Identity.ExportDate);
        Assert.Equal("1.0", export.Version);
        Assert.Equal("PRONOTE Monoposte-PRONOTE 2013 - 0.5.14", export.Logiciel);
        Assert.Equal(["INDEXEDUCATION", "LaclasseCom"], export.Partenaires);
        Assert.Equal(new DateTimeOffset(2014, 5, 20, 10, 19, 8, 486, TimeSpan.FromHours(2)), export.DateHeure);
        Assert.Equal("0134567A", export.Uai);
        Assert.Equal("COLLEGE INDEX EDUCATION", export.NomEtablissement);
        Assert.Equal("13013", export.CodePostalVille);
        Assert.True(export.Compresse);
        Assert.Equal("m2ta3ZU3VlLEo7g9dbL36HE/jcfnkfZpNasss43OpXY=", export.Verification);
        Assert.Empty(file.Warnings);
    }

    [SampleFact]
    public void Read_LaclasseSample_CountsTheEncryptedBytesWithoutCounts()
    {
        var file = Inspect(Samples.Sample(Sample));
        var export = Content<EdtChiffreExport>(file);
        var contenu = XDocument.Load(Samples.Sample(Sample)).Root!.Elements().Single(e => e.Name.LocalName == "CONTENU").Value;

        Assert.Equal(Convert.FromBase64String(contenu).LongLength, export.TailleContenu);
        Assert.Equal(0, export.TailleContenu % 16);
        Assert.Equal(new ExportCounts(), file.Counts);
    }

    [Fact]
    public void Read_HandMadeEnvelope_ReadsFlagsPartnerAndSize()
    {
        var file = Inspect(Samples.TestData("edt/chiffre-enveloppe.xml"));
        var export = Content<EdtChiffreExport>(file);

        Assert.False(export.Compresse);
        Assert.Equal(10, export.TailleContenu);
        Assert.Equal(["ENTFICTIF"], export.Partenaires);
        Assert.Equal("COLLÈGE FICTIF", export.NomEtablissement);
        Assert.Equal("99000 VILLEFICTIVE", export.CodePostalVille);
        Assert.Equal(2025, file.Identity.SchoolYear);
        Assert.Equal("EDT 2025 - 1.0.0", file.Identity.Variant);
        Assert.Empty(file.Warnings);
    }
}

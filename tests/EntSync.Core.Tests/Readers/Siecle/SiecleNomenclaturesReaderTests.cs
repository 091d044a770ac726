using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Tests.Support;
using EntSync.Core.Xml;
using static EntSync.Core.Tests.Readers.Siecle.SiecleInspection;

namespace EntSync.Core.Tests.Readers.Siecle;

public sealed class SiecleNomenclaturesReaderTests
{
    [SampleFact]
    public void Read_DossierscoLatin9_DecodesAccents()
    {
        var file = Inspect(Samples.Sample("siecle-bee/dossiersco/nomenclature_simple.xml"));
        var export = Content<SiecleNomenclaturesExport>(file);

        Assert.Equal(ExportKind.SiecleNomenclatures, file.Identity.Kind);
        Assert.Equal("0140070A", file.Identity.Uai);
        Assert.DoesNotContain(file.Warnings, w => w.Code == TextEncodingSniffer.MisdeclaredCode);
        var mef = Assert.Single(export.Mefs);
        Assert.Equal("10110001110", mef.CodeMef);
        Assert.Equal("5ème", mef.LibelleEdition);
        Assert.Equal("5G", mef.Formation);
        var matiere = Assert.Single(export.Matieres);
        Assert.Equal("020300", matiere.CodeMatiere);
        Assert.Equal("LCALA", matiere.CodeGestion);
        Assert.Equal("Langues et cultures de l'Antiquité LATIN", matiere.LibelleEdition);
        Assert.Equal(1, file.Counts!.Matieres);
    }

    [SampleFact]
    public void Read_DossierscoAllLevels_ReadsFourMefs()
    {
        var export = Content<SiecleNomenclaturesExport>(Inspect(Samples.Sample("siecle-bee/dossiersco/nomenclature_tout_niveau.xml")));

        Assert.Equal(4, export.Mefs.Count);
        Assert.Equal("6ème", export.Mefs[0].LibelleEdition);
    }

    [SampleFact]
    public void Read_SiecleApiNomenclature_ReadsItsOwnUai()
    {
        var file = Inspect(Samples.Sample("siecle-bee/siecle-api/nomenclature_simple.xml"));
        var export = Content<SiecleNomenclaturesExport>(file);

        Assert.Equal("0123456S", file.Identity.Uai);
        Assert.Equal(2018, file.Identity.SchoolYear);
        Assert.Equal("5ème", Assert.Single(export.Mefs).LibelleEdition);
        Assert.Single(export.Matieres);
    }
}

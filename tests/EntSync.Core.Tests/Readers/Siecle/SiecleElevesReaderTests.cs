using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Tests.Support;
using EntSync.Core.Xml;
using static EntSync.Core.Tests.Readers.Siecle.SiecleInspection;

namespace EntSync.Core.Tests.Readers.Siecle;

public sealed class SiecleElevesReaderTests
{
    private static string Pix(string name) => Samples.Sample($"siecle-bee/pix/{name}");

    [SampleFact]
    public void Read_DossierscoElevesWithMismatchedTag_FailsNamingBothLines()
    {
        var file = Inspect(Samples.Sample("siecle-bee/dossiersco/eleves_avec_adresse_simple.xml"));

        Assert.Equal(ExportKind.SiecleEleves, file.Identity.Kind);
        Assert.NotNull(file.Error);
        Assert.Contains("STRICTURES_ELEVE", file.Error.Message);
        Assert.Contains("134", file.Error.Message);
        Assert.Contains("139", file.Error.Message);
        Assert.Equal(139, file.Error.Line);
    }

    [SampleFact]
    public void Read_PixTwoValidStudents_ReadsPupilsStructuresAndYear()
    {
        var file = Inspect(Pix("siecle-with-two-valid-students-and-school-year.xml"));
        var export = Content<SiecleElevesExport>(file);

        Assert.Equal("123ABC", file.Identity.Uai);
        Assert.Equal(2016, file.Identity.SchoolYear);
        Assert.Equal(2, file.Counts!.Eleves);
        Assert.Equal("2.1", export.Version);
        Assert.Equal(SiecleVariants.SansAdresses, export.Variant);
        var lea = export.Eleves[0];
        Assert.Equal("0001", lea.EleveId);
        Assert.Equal("00000000123", lea.Ine);
        Assert.Equal("Léa", lea.Prenom2);
        Assert.Equal(new DateOnly(1994, 12, 31), lea.DateNaiss);
        Assert.Equal("2", lea.CodeSexe);
        Assert.Equal("4A", lea.Division);
        Assert.Empty(lea.Groupes);
        Assert.Null(lea.NomUsage);
        var harry = export.Eleves[1];
        Assert.Equal("Cocœ", harry.Prenom2);
        Assert.Equal("COJAUNE", harry.NomUsage);
        Assert.Equal("LONDRES", harry.VilleNaiss);
        Assert.Equal("4A", harry.Division);
        Assert.Equal(["42"], harry.Groupes);
    }

    [SampleTheory]
    [InlineData("siecle-with-two-valid-students-and-school-year.xml")]
    [InlineData("siecle-with-registrations-no-longer-in-school.xml")]
    [InlineData("siecle-with-only-ignored-student.xml")]
    [InlineData("siecle-with-duplicate-national-student-id.xml")]
    [InlineData("siecle-with-no-national-student-id.xml")]
    [InlineData("siecle-with-no-uai.xml")]
    [InlineData("siecle-with-wrong-uai.xml")]
    public void Read_PixFileDeclaredLatin9ButUtf8_DecodesAccentsAndWarns(string name)
    {
        var file = Inspect(Pix(name));
        var export = Content<SiecleElevesExport>(file);

        Assert.Contains(file.Warnings, w => w.Code == TextEncodingSniffer.MisdeclaredCode);
        var accented = export.Eleves.SelectMany(e => new[] { e.Prenom, e.Prenom2 }).Where(p => p is not null && p.Any(c => c > 127)).ToList();
        Assert.NotEmpty(accented);
        Assert.All(accented, p => Assert.DoesNotContain("Ã", p));
    }

    [SampleFact]
    public void Read_PixRegistrationsNoLongerInSchool_KeepsLeaversAndPseudoDivision()
    {
        var export = Content<SiecleElevesExport>(Inspect(Pix("siecle-with-registrations-no-longer-in-school.xml")));

        Assert.Equal(5, export.Eleves.Count);
        Assert.Equal("Inactifs", export.Eleves[1].Division);
        Assert.Null(export.Eleves[2].Ine);
        Assert.Equal("4e 1", export.Eleves[2].Division);
        Assert.Equal("Grégory", export.Eleves[2].Prenom);
        Assert.Null(export.Eleves[3].Division);
        Assert.Equal(["4e 1"], export.Eleves[3].Groupes);
        Assert.Equal(new DateOnly(2019, 9, 1), export.Eleves[4].DateSortie);
        Assert.Null(export.Eleves[0].Division);
    }

    [SampleFact]
    public void Read_PixDuplicateIne_ReadsBothPupils()
    {
        var export = Content<SiecleElevesExport>(Inspect(Pix("siecle-with-duplicate-national-student-id.xml")));

        var duplicates = export.Eleves.GroupBy(e => e.Ine).Where(g => g.Key is not null && g.Count() > 1).ToList();
        Assert.Single(duplicates);
        Assert.Equal(2, duplicates[0].Count());
    }

    [SampleFact]
    public void Read_PixUnclosedTag_FailsAtLine39()
    {
        var file = Inspect(Pix("siecle-with-duplicate-national-student-id-and-unclosed-tag.xml"));

        Assert.NotNull(file.Error);
        Assert.Equal(39, file.Error.Line);
        Assert.Contains("39", file.Error.Message);
    }

    [SampleFact]
    public void Read_PixNoIne_ReadsPupilWithNullIne()
    {
        var export = Content<SiecleElevesExport>(Inspect(Pix("siecle-with-no-national-student-id.xml")));

        Assert.Contains(export.Eleves, e => e.Ine is null);
    }

    [SampleFact]
    public void Read_PixNoUai_ReadsWithNullUai()
    {
        var file = Inspect(Pix("siecle-with-no-uai.xml"));

        Assert.True(file.Ok, file.Error?.Message);
        Assert.Null(file.Identity.Uai);
        Assert.True(file.Counts!.Eleves > 0);
    }

    [SampleFact]
    public void Read_PixWrongUai_ReadsTheUaiAsWritten()
    {
        var file = Inspect(Pix("siecle-with-wrong-uai.xml"));

        Assert.True(file.Ok, file.Error?.Message);
        Assert.Equal("WRONGUAI", file.Identity.Uai);
    }

    [SampleFact]
    public void Read_PixBroken_FailsAsTruncatedWithLine()
    {
        var file = Inspect(Pix("siecle-broken.xml"));

        Assert.Equal(ExportKind.SiecleEleves, file.Identity.Kind);
        Assert.NotNull(file.Error);
        Assert.Contains("tronqué", file.Error.Message);
        Assert.NotNull(file.Error.Line);
    }

    [SampleFact]
    public void Read_PixWithBom_ReadsWithoutEncodingWarning()
    {
        var file = Inspect(Pix("siecle-with-bom.xml"));
        var export = Content<SiecleElevesExport>(file);

        Assert.Equal("123ABC", file.Identity.Uai);
        Assert.NotEmpty(export.Eleves);
        Assert.DoesNotContain(file.Warnings, w => w.Code == TextEncodingSniffer.MisdeclaredCode);
    }

    [SampleFact]
    public void Read_PixCsv_IsNotAnExport()
    {
        var file = Inspect(Pix("siecle-csv-with-two-valid-students.csv"));

        Assert.Equal(ExportKind.Unknown, file.Identity.Kind);
        Assert.NotNull(file.Error);
    }

    [Fact]
    public void Read_StructuresBeforeEleves_JoinsByEleveId()
    {
        var file = Inspect(Samples.TestData("siecle/eleves-structures-en-premier.xml"));
        var export = Content<SiecleElevesExport>(file);

        Assert.Equal("0999001X", file.Identity.Uai);
        Assert.Equal(2025, file.Identity.SchoolYear);
        Assert.Equal(new DateTime(2025, 10, 2, 18, 30, 5), file.Identity.ExportDate);
        Assert.Equal(SiecleVariants.AvecAdresses, file.Identity.Variant);
        Assert.Equal(3, file.Counts!.Eleves);
        var first = export.Eleves[0];
        Assert.Equal("3 A", first.Division);
        Assert.Equal(["3A ESP", "LATIN"], first.Groupes);
        Assert.Equal("101", first.Elenoet);
        Assert.Null(export.Eleves[1].Division);
        Assert.Null(export.Eleves[2].Division);
        Assert.Equal(["LATIN"], export.Eleves[2].Groupes);
    }

    [Fact]
    public void Read_Latin9File_DecodesOeFromByte0xBD()
    {
        Assert.Contains((byte)0xBD, File.ReadAllBytes(Samples.TestData("siecle/eleves-structures-en-premier.xml")));
        var export = Content<SiecleElevesExport>(Inspect(Samples.TestData("siecle/eleves-structures-en-premier.xml")));

        var first = export.Eleves[0];
        Assert.Equal("Cœline", first.Prenom);
        Assert.Equal("CŒURDEROY", first.NomDeFamille);
        Assert.Equal("1 chemin des Œillets", Assert.Single(export.Adresses).Ligne1);
        Assert.Equal("77001", first.AdresseId);
    }

    [Fact]
    public void Read_OldAndNewFields_AreMapped()
    {
        var file = Inspect(Samples.TestData("siecle/eleves-structures-en-premier.xml"));
        var export = Content<SiecleElevesExport>(file);

        var first = export.Eleves[0];
        Assert.Equal(new DateOnly(2011, 4, 3), first.DateNaiss);
        Assert.Equal(new DateOnly(2025, 9, 1), first.DateEntree);
        Assert.Equal("10310019110", first.CodeMef);
        var leaver = export.Eleves[1];
        Assert.Equal("ÉTIENNE", leaver.NomDeFamille);
        Assert.Equal(new DateOnly(2025, 12, 15), leaver.DateSortie);
        Assert.Null(leaver.DateNaiss);
        var dateWarning = Assert.Single(file.Warnings, w => w.Code == "DATE-INVALIDE");
        Assert.Contains("31/02/2011", dateWarning.Message);
        Assert.Contains("9000002", dateWarning.Message);
        Assert.Null(export.Eleves[2].Ine);
    }

    [Fact]
    public void Read_DuplicateStructuresEleve_KeepsFirstAndWarnsWithLine()
    {
        var file = Inspect(Samples.TestData("siecle/eleves-structures-en-double.xml"));
        var export = Content<SiecleElevesExport>(file);

        Assert.Equal("4e 1", export.Eleves[0].Division);
        var duplicate = Assert.Single(file.Warnings, w => w.Code == "STRUCTURES-ELEVE-EN-DOUBLE");
        Assert.Equal(27, duplicate.Line);
        Assert.Contains("9000011", duplicate.Message);
        Assert.Contains("ligne 27", duplicate.Message);
    }

    [Fact]
    public void Read_TwoDivisionsForOnePupil_KeepsFirstAndWarns()
    {
        var file = Inspect(Samples.TestData("siecle/eleves-structures-en-double.xml"));
        var export = Content<SiecleElevesExport>(file);

        Assert.Equal("4e 2", export.Eleves[1].Division);
        var warning = Assert.Single(file.Warnings, w => w.Code == "PLUSIEURS-DIVISIONS");
        Assert.Contains("4e 3", warning.Message);
        Assert.Equal(38, warning.Line);
    }

    [Fact]
    public void Read_StructuresOfUnknownPupil_AreReportedNotAttached()
    {
        var file = Inspect(Samples.TestData("siecle/eleves-structures-en-double.xml"));

        var orphan = Assert.Single(file.Warnings, w => w.Code == "STRUCTURES-ELEVE-SANS-ELEVE");
        Assert.Contains("9999999", orphan.Message);
        Assert.Equal(2, file.Counts!.Eleves);
    }
}

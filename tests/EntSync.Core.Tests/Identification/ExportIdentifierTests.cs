using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Readers;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Identification;

public sealed class ExportIdentifierTests
{
    private const string Latin9 = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>";

    private static ExportIdentity Identify(string xml, string name = "fichier.xml") =>
        ExportIdentifier.Identify(Docs.Text(name, xml, Docs.Latin9));

    [Theory]
    [InlineData("BEE_ELEVES", ExportKind.SiecleEleves)]
    [InlineData("BEE_RESPONSABLES", ExportKind.SiecleResponsables)]
    [InlineData("BEE_NOMENCLATURES", ExportKind.SiecleNomenclatures)]
    [InlineData("BEE_STRUCTURES", ExportKind.SiecleStructures)]
    [InlineData("BEE_COMMUN", ExportKind.SiecleCommun)]
    public void Identify_BeeRoot_GivesKindUaiYearAndExportTime(string root, ExportKind kind)
    {
        var id = Identify($"{Latin9}<{root} VERSION=\"3.0\"><PARAMETRES><UAJ>0769990A</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>" +
                          "<DATE_EXPORT>05/10/2026</DATE_EXPORT><HORODATAGE>05/10/2026 18:02:11</HORODATAGE></PARAMETRES><DONNEES/></" + root + ">",
            "renomme-par-la-secretaire.xml");

        Assert.Equal(kind, id.Kind);
        Assert.Equal("0769990A", id.Uai);
        Assert.Equal(2026, id.SchoolYear);
        Assert.Equal(new DateTime(2026, 10, 5, 18, 2, 11), id.ExportDate);
    }

    [Fact]
    public void Identify_StsEmp_ReadsUaiAndYearFromAttributes()
    {
        var id = Identify($"{Latin9}<STS_EDT><PARAMETRES><UAJ CODE=\"0769990A\"><ACADEMIE><CODE>21</CODE></ACADEMIE></UAJ>" +
                          "<ANNEE_SCOLAIRE ANNEE=\"2026\"><DATE_DEBUT>2026-09-01</DATE_DEBUT></ANNEE_SCOLAIRE></PARAMETRES><DONNEES/></STS_EDT>");

        Assert.Equal((ExportKind.StsEmp, "0769990A", 2026), (id.Kind, id.Uai, id.SchoolYear));
        Assert.Empty(id.Notes);
    }

    [Fact]
    public void Identify_EmpStsGivenInsteadOfStsEmp_SaysSoAndTakesYearFromName()
    {
        var id = Identify($"{Latin9}<EDT_STS><PARAMETRES><UAJ>0769990A</UAJ></PARAMETRES><DONNEES/></EDT_STS>", "emp_sts_0769990A_2026.xml");

        Assert.Equal((ExportKind.EdtSts, "0769990A", 2026), (id.Kind, id.Uai, id.SchoolYear));
        var note = Assert.Single(id.Notes);
        Assert.Contains("sts_emp", note.Message);
        Assert.Contains("Mise à jour > Exports > Emploi du temps", note.Message);
    }

    [Fact]
    public void Identify_ClearIndexExport_TakesSchoolYearFromAnneeScolaire()
    {
        var id = ExportIdentifier.Identify(Docs.Text("x.xml",
            "<ExportEmploiDuTemps xmlns=\"http://www.index-education.com/exportemploidutemps\" Version=\"1.1\" UAI=\"0769990A\">" +
            "<AnneeScolaire DateDebut=\"2026-09-01\" DateFin=\"2027-07-04\" DatePremierJourSemaine1=\"2026-08-31\"/></ExportEmploiDuTemps>"));

        Assert.Equal((ExportKind.EdtClair, "0769990A", 2026), (id.Kind, id.Uai, id.SchoolYear));
    }

    [Fact]
    public void Identify_EdtTextExportOfCourses_IsEdtTexte()
    {
        var id = Identify("<TABLE nom=\"Cours\"><Cours numero=\"1\"><NUMERO>1</NUMERO></Cours></TABLE>");

        Assert.Equal(ExportKind.EdtTexte, id.Kind);
    }

    [Fact]
    public void Identify_EdtTextExportOfAnotherTable_IsUnknownWithReason()
    {
        var id = Identify("<TABLE nom=\"Salles\"><Salles><NOM>S1</NOM></Salles></TABLE>");

        Assert.Equal(ExportKind.Unknown, id.Kind);
        Assert.Contains("Salles", id.Reason);
    }

    [Fact]
    public void Identify_EleveGroupeFile_IsRecognisedByItsGroups()
    {
        var id = Identify($"{Latin9}<IMPORT_ELEVES VERSION=\"1.4\"><PARAMETRES><UAJ>0769990A</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>" +
                          "<DATE_IMPORT>05/10/2026</DATE_IMPORT></PARAMETRES><DONNEES><ELEVES><ELEVE><ELEVE_ID>1</ELEVE_ID>" +
                          "<GROUPES><GROUPE><CODE_GROUPE>6E1ES</CODE_GROUPE></GROUPE></GROUPES></ELEVE></ELEVES></DONNEES></IMPORT_ELEVES>");

        Assert.Equal((ExportKind.EleveGroupe, "0769990A", 2026), (id.Kind, id.Uai, id.SchoolYear));
    }

    [Fact]
    public void Identify_UnknownRoot_IsUnknownNamingTheRoot()
    {
        var id = Identify("<FACTURE><X/></FACTURE>");

        Assert.Equal(ExportKind.Unknown, id.Kind);
        Assert.Contains("« FACTURE »", id.Reason);
    }

    [Fact]
    public void Identify_TruncatedBeeHeader_KeepsTheKindForTheReaderToReport()
    {
        var id = Identify($"{Latin9}<BEE_ELEVES VERSION=\"2.1\"><PARAMETRES><UAJ>123ABC</UAJ>");

        Assert.Equal(ExportKind.SiecleEleves, id.Kind);
    }

    [SampleFact]
    public void Identify_PixCsvSample_IsNotXml()
    {
        var id = ExportIdentifier.Identify(ExportDocument.FromFile(Samples.Sample("siecle-bee/pix/siecle-csv-with-two-valid-students.csv")));

        Assert.Equal(ExportKind.Unknown, id.Kind);
        Assert.Contains("n'est pas un export XML lisible", id.Reason);
    }

    [SampleTheory]
    [InlineData("ent-odentcore/aaf/ENT_Complet_20200101_Eleve_0000.xml", "AAF")]
    [InlineData("ent-odentcore/cas-dossiersco/retour_ent.xml", "inconnu")]
    [InlineData("siecle-import-prive/dossiersco/schema_Import_3.1.xsd", "inconnu")]
    [InlineData("edt-index-ent-export/laclasse/ExportEmploiDuTemps.xsd", "inconnu")]
    public void Identify_OtherPublicSamples_AreUnknownWithAReason(string sample, string expectedInReason)
    {
        var id = ExportIdentifier.Identify(ExportDocument.FromFile(Samples.Sample(sample)));

        Assert.Equal(ExportKind.Unknown, id.Kind);
        Assert.Contains(expectedInReason, id.Reason);
    }

    [SampleFact]
    public void Identify_SiecleImportPriveExample_IsOutOfScope()
    {
        var id = ExportIdentifier.Identify(ExportDocument.FromFile(Samples.Sample("siecle-import-prive/dossiersco/exemple_pour_robot_siecle.xml")));

        Assert.Equal(ExportKind.Unknown, id.Kind);
        Assert.Contains("import privé", id.Reason);
    }

    [SampleFact]
    public void Identify_EncryptedIndexSample_ReadsTheClearEnvelope()
    {
        var id = ExportIdentifier.Identify(ExportDocument.FromFile(Samples.Sample("edt-index-ent-export/laclasse/Edt_To_LaclasseCom_0134567A.xml")));

        Assert.Equal((ExportKind.EdtChiffre, "0134567A", 2013), (id.Kind, id.Uai, id.SchoolYear));
        Assert.Equal(new DateTime(2014, 5, 20, 10, 19, 8, 486), id.ExportDate);
        Assert.Equal("PRONOTE Monoposte-PRONOTE 2013 - 0.5.14", id.Variant);
    }
}

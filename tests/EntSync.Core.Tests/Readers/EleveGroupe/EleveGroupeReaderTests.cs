using System.IO.Compression;
using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Model.EleveGroupe;
using EntSync.Core.Readers;
using EntSync.Core.Tests.Readers.Sts;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Readers.EleveGroupe;

public sealed class EleveGroupeReaderTests
{
    private const string GoodName = "0769990AELEGROUPE2026261005180211";

    private static readonly ExportInspector Inspector = new(ExportReaderCatalog.CreateDefault());

    private static InspectedFile Inspect(string path) => Assert.Single(Inspector.InspectFile(path, keepContent: true));

    private static InspectedFile InspectTestData(string relative) => Inspect(Samples.TestData(relative));

    [Fact]
    public void Inspect_WellNamedFile_IsIdentifiedWithUaiAndYearAndNoWarning()
    {
        var file = InspectTestData($"elevegroupe/{GoodName}.xml");

        Assert.True(file.Ok, file.Error?.Message);
        Assert.Equal((ExportKind.EleveGroupe, "0769990A", 2026), (file.Identity.Kind, file.Identity.Uai, file.Identity.SchoolYear));
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Read_File_CountsPupilsLinksAndDistinctGroups()
    {
        var counts = InspectTestData($"elevegroupe/{GoodName}.xml").Counts!;

        Assert.Equal((3, 4, 3), (counts.Eleves!.Value, counts.Liens!.Value, counts.Groupes!.Value));
        Assert.Null(counts.Enseignants);
    }

    [Fact]
    public void Read_File_ReadsTheHeader()
    {
        var content = Assert.IsType<EleveGroupeExport>(InspectTestData($"elevegroupe/{GoodName}.xml").Content);

        Assert.Equal(new EleveGroupeParametres
        {
            Version = "1.4", Uai = "0769990A", AnneeScolaire = 2026, DateImport = new DateOnly(2026, 10, 5), NumEnvoi = "3", Logiciel = "EDT",
        }, content.Parametres);
    }

    [Fact]
    public void Read_File_ReadsEachOfTheThreeIdentifierKinds()
    {
        var eleves = Assert.IsType<EleveGroupeExport>(InspectTestData($"elevegroupe/{GoodName}.xml").Content).Eleves;

        Assert.Equal((EleveGroupeIdentifiant.EleveId, "1000001"), (eleves[0].Identifiant, eleves[0].EleveId));
        Assert.Equal((EleveGroupeIdentifiant.IdNational, "120000007AB"), (eleves[1].Identifiant, eleves[1].IdNational));
        Assert.Equal((EleveGroupeIdentifiant.IdPrvEle, "417"), (eleves[2].Identifiant, eleves[2].IdPrvEle));
        Assert.Null(eleves[0].IdNational);
        Assert.Null(eleves[2].EleveId);
    }

    [Fact]
    public void Read_File_ReadsNamesIsoBirthDatesAndGroupsWithDates()
    {
        var eleves = Assert.IsType<EleveGroupeExport>(InspectTestData($"elevegroupe/{GoodName}.xml").Content).Eleves;

        Assert.Equal(("CŒURDEROY", "Héloïse", new DateOnly(2012, 5, 9)), (eleves[0].NomDeFamille, eleves[0].Prenom, eleves[0].DateNaiss!.Value));
        Assert.Equal([new EleveGroupeLien("3ALL2", null, null), new EleveGroupeLien("3 LAT", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31))],
            eleves[0].Groupes);
        Assert.Equal(("N'DIAYE", "SAINT-ÉLOI", "Loïc", "Gaëtan"), (eleves[1].NomDeFamille, eleves[1].NomUsage, eleves[1].Prenom, eleves[1].Prenom2));
        Assert.True(eleves[1].Line > eleves[0].Line);
    }

    [Fact]
    public void Read_SameGroupWithoutDatesForTwoPupils_OneSharedLink()
    {
        var eleves = Assert.IsType<EleveGroupeExport>(InspectTestData($"elevegroupe/{GoodName}.xml").Content).Eleves;

        Assert.Equal(new EleveGroupeLien("3ALL2", null, null), eleves[1].Groupes[0]);
        Assert.Same(eleves[0].Groupes[0], eleves[1].Groupes[0]);
    }

    [Fact]
    public void Inspect_BadlyNamedFile_WarnsWithSiecleRejectionMessage()
    {
        var file = InspectTestData("elevegroupe/liens-eleves-groupes.xml");

        Assert.True(file.Ok, file.Error?.Message);
        Assert.Equal((ExportKind.EleveGroupe, "0769990A", 2026), (file.Identity.Kind, file.Identity.Uai, file.Identity.SchoolYear));
        var warning = Assert.Single(file.Warnings);
        Assert.Equal("NOM-FICHIER-ELEGROUPE", warning.Code);
        Assert.Contains("« Nom du fichier mal formaté! »", warning.Message);
        Assert.Contains("0769990AELEGROUPE2026", warning.Message);
    }

    [Fact]
    public void Inspect_FileNamedWithAnotherYear_WarnsWithSiecleYearMessage()
    {
        var file = InspectTestData("elevegroupe/0769990AELEGROUPE2025250612093000.xml");

        Assert.Equal(2026, file.Identity.SchoolYear);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal("NOM-FICHIER-ELEGROUPE", warning.Code);
        Assert.Contains("« Année du fichier différente de l'année utilisée ! »", warning.Message);
        Assert.Contains("2025", warning.Message);
    }

    [Fact]
    public void Inspect_ZipNamedLikeItsEntry_HasNoWarning()
    {
        using var dir = new ScratchDirectory();
        var zip = Zip(dir.Path, GoodName + ".zip", GoodName + ".xml");

        var file = Inspect(zip);

        Assert.True(file.Ok, file.Error?.Message);
        Assert.Equal(ExportKind.EleveGroupe, file.Identity.Kind);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Inspect_ZipNamedDifferentlyFromItsEntry_WarnsWithSiecleZipMessage()
    {
        using var dir = new ScratchDirectory();
        var zip = Zip(dir.Path, "liens-groupes.zip", GoodName + ".xml");

        var file = Inspect(zip);

        var warning = Assert.Single(file.Warnings);
        Assert.Equal("NOM-FICHIER-ELEGROUPE", warning.Code);
        Assert.Contains("« Nom de fichier .zip incorrect »", warning.Message);
        Assert.Contains("liens-groupes.zip", warning.Message);
    }

    [Fact]
    public void Read_UnreadableBirthDate_IsKeptNullWithAWarning()
    {
        var doc = Docs.Text(GoodName + ".xml",
            "<IMPORT_ELEVES VERSION=\"1.4\"><PARAMETRES><UAJ>0769990A</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE></PARAMETRES><DONNEES><ELEVES>" +
            "<ELEVE><ELEVE_ID>1</ELEVE_ID><ID_PRV_ELE>2</ID_PRV_ELE><DATE_NAISS>31/02/2012</DATE_NAISS><GROUPES><GROUPE><CODE_GROUPE>G1</CODE_GROUPE></GROUPE></GROUPES></ELEVE>" +
            "</ELEVES></DONNEES></IMPORT_ELEVES>");

        var file = Assert.Single(Inspector.Inspect(doc, keepContent: true));

        var eleve = Assert.Single(Assert.IsType<EleveGroupeExport>(file.Content).Eleves);
        Assert.Null(eleve.DateNaiss);
        Assert.Equal(EleveGroupeIdentifiant.Plusieurs, eleve.Identifiant);
        Assert.Equal("ELEGROUPE-DATE-ILLISIBLE", Assert.Single(file.Warnings).Code);
    }

    private static string Zip(string directory, string zipName, string entryName)
    {
        var path = Path.Combine(directory, zipName);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        archive.CreateEntryFromFile(Samples.TestData($"elevegroupe/{GoodName}.xml"), entryName);
        return path;
    }
}

using System.Text;
using EntSync.Core.Model;
using EntSync.Core.Model.Udt;

namespace EntSync.Core.Tests.Readers.Udt;

public sealed class UdtReaderTests : IDisposable
{
    private readonly UdtFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static UdtExport Content(Inspection.InspectedFile file) => Assert.IsType<UdtExport>(file.Content);

    [Fact]
    public void Read_LowerCaseEntries_ReadsEveryFileAndCounts()
    {
        var file = UdtFixture.Inspect(_fixture.Zip());

        Assert.Null(file.Error);
        Assert.Equal(ExportKind.Udt, file.Identity.Kind);
        var counts = file.Counts!;
        Assert.Equal(2, counts.Salles);
        Assert.Equal(3, counts.Enseignants);
        Assert.Equal(2, counts.Matieres);
        Assert.Equal(2, counts.Divisions);
        Assert.Equal(2, counts.Eleves);
        Assert.Equal(1, counts.Groupes);
        Assert.Equal(1, counts.Liens);
        Assert.Equal(3, counts.Cours);
        Assert.Null(counts.Personnes);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Read_FieldValues_KeptExactlyWithAccents()
    {
        var content = Content(UdtFixture.Inspect(_fixture.Zip()));

        var prof = content.Professeurs[0];
        Assert.Equal(("1", "10001", "CŒURDEROY", "Hélène", "MME", "FRANC"), (prof.Code, prof.Epj, prof.Nom, prof.Prenom, prof.Civilite, prof.CodeMatppl));
        Assert.Equal(new DateOnly(1975, 4, 3), prof.DateNaissance);
        Assert.Equal(("2", "10002", "Noé"), (content.Professeurs[1].Code, content.Professeurs[1].Epj, content.Professeurs[1].Prenom));
        Assert.Null(content.Professeurs[2].CodeMatppl);
        Assert.Equal(new UdtSalle("S2", "LABO"), content.Salles[1]);
        Assert.Equal(new UdtMatiere("FRANC", "FRANÇAIS", "020700"), content.Matieres[0]);
        Assert.Equal(new UdtDivision("6A", "6EME A", "6A", "10010012110"), content.Divisions[0]);
        Assert.Equal(new UdtEleve("1", "LE BŒUF", "Zoé", new DateOnly(2014, 5, 12)), content.Eleves[0]);
        Assert.Equal(new UdtGroupe("ES", "6B", "6BES", "ESPAGNOL", "7"), content.Groupes[0]);
        Assert.Equal(new UdtEleveGroupe("2", "ES", "6B", "111", null), content.ElevesGroupes[1]);
        Assert.Equal(new UdtInit(36, 60), content.Init);
        Assert.Equal(new UdtFermeture(new DateOnly(2026, 10, 17), new DateOnly(2026, 11, 2)), Assert.Single(content.Calendrier.Fermetures));
        Assert.Equal(12, content.Fichiers.Count);
    }

    [Fact]
    public void Read_Missing04_WarnsFichierAbsent()
    {
        _fixture.Entries.Remove("udcal_04.xml");

        var file = UdtFixture.Inspect(_fixture.Zip());

        Assert.Null(file.Error);
        Assert.Equal(0, file.Counts!.Enseignants);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal("UDT-FICHIER-ABSENT", warning.Code);
        Assert.Contains("UDCal_04.xml", warning.Message);
    }

    [Fact]
    public void Read_MalformedEntry_FrenchErrorNamingEntryAndLine()
    {
        _fixture.Entries["udcal_08.xml"] = "<?xml version=\"1.0\"?>\n<divs>\n<div code=\"6A\">\n</divs>";

        var file = UdtFixture.Inspect(_fixture.Zip());

        Assert.NotNull(file.Error);
        Assert.Contains("udcal_08.xml", file.Error.Message);
        Assert.Contains("XML mal formé", file.Error.Message);
        Assert.Equal(4, file.Error.Line);
        Assert.Equal(ExportKind.Udt, file.Identity.Kind);
    }

    [Fact]
    public void Read_UnreadableDate_KeptNullWithWarningAndLine()
    {
        _fixture.Entries["udcal_10.xml"] = "<eleves>\n<eleve code=\"1\" nom=\"A\" prenom=\"B\" naissance=\"31/02/2014\"/>\n</eleves>";

        var file = UdtFixture.Inspect(_fixture.Zip());

        Assert.Null(Assert.Single(Content(file).Eleves).Naissance);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal(("UDT-DATE-INVALIDE", 2), (warning.Code, warning.Line));
        Assert.Contains("udcal_10.xml", warning.Message);
    }

    [Fact]
    public void Read_UpperCaseAttributesAndOtherRoot_StillRead()
    {
        _fixture.Entries["udcal_03.xml"] = "<UDT><donnees><salle CODE=\"S9\" Nom=\"GYMNASE\" capacite=\"30\"/></donnees></UDT>";

        var content = Content(UdtFixture.Inspect(_fixture.Zip()));

        Assert.Equal(new UdtSalle("S9", "GYMNASE"), Assert.Single(content.Salles));
    }

    [Fact]
    public void Read_SameFileTwice_FirstKeptAndWarned()
    {
        var entries = _fixture.Entries.Select(e => (e.Key, Encoding.UTF8.GetBytes(e.Value)))
            .Append(("copie/UDCal_03.xml", Encoding.UTF8.GetBytes("<salles><salle code=\"X\"/></salles>")));

        var file = UdtFixture.Inspect(_fixture.ZipOf("0693834C_20261005180211_UDT.zip", entries));

        Assert.Equal(2, file.Counts!.Salles);
        Assert.Equal("UDT-FICHIER-DOUBLE", Assert.Single(file.Warnings).Code);
    }

    [Fact]
    public void Read_Latin9Entry_DecodedFromDeclaration()
    {
        var entries = _fixture.Entries.Where(e => e.Key != "udcal_10.xml").Select(e => (e.Key, Encoding.UTF8.GetBytes(e.Value)))
            .Append(("udcal_10.xml", Latin9("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><eleves><eleve code=\"1\" nom=\"BŒUF\" prenom=\"Cœline\"/></eleves>")));

        var content = Content(UdtFixture.Inspect(_fixture.ZipOf("0693834C_20261005180211_UDT.zip", entries)));

        Assert.Equal(("BŒUF", "Cœline"), (content.Eleves[0].Nom, content.Eleves[0].Prenom));
    }

    private static byte[] Latin9(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("ISO-8859-15").GetBytes(text);
    }
}

using System.IO.Compression;
using System.Security.Cryptography;
using EntSync.Core.Model;
using EntSync.Core.Model.Udt;
using EntSync.Generator;
using EntSync.Generator.Model;
using EntSync.Generator.Writers.Udt;

namespace EntSync.Core.Tests.Readers.Udt;

public sealed class UdtWriterTests : IDisposable
{
    private readonly UdtFixture _fixture = new();
    private readonly GeneratedSchool _school = SchoolBuilder.Build(new GeneratorOptions { Pupils = 120, Seed = 3 });

    public void Dispose() => _fixture.Dispose();

    private string WriteOne(string folder = "") =>
        Assert.Single(new UdtWriter().Write(_school, Directory.CreateDirectory(Path.Combine(_fixture.Folder, folder)).FullName));

    [Fact]
    public void Write_RoundTrip_IdentityAndCountsMatchTheModel()
    {
        var path = WriteOne();
        var file = UdtFixture.Inspect(path);

        Assert.Null(file.Error);
        Assert.Empty(file.Warnings);
        Assert.Equal($"{_school.Uai}_20261005180211_UDT.zip", Path.GetFileName(path));
        Assert.Equal((ExportKind.Udt, _school.Uai, _school.SchoolYear, _school.ExportTime),
            (file.Identity.Kind, file.Identity.Uai, file.Identity.SchoolYear, file.Identity.ExportDate));
        var counts = file.Counts!;
        Assert.Equal(_school.Salles.Count, counts.Salles);
        Assert.Equal(_school.Individus.Count(i => i.Fonction == "ENS"), counts.Enseignants);
        Assert.Equal(_school.Matieres.Count, counts.Matieres);
        Assert.Equal(_school.Divisions.Count, counts.Divisions);
        Assert.Equal(_school.Eleves.Count, counts.Eleves);
        Assert.Equal(_school.Groupes.Count, counts.Groupes);
        Assert.Equal(_school.Eleves.Sum(e => e.Groupes.Count), counts.Liens);
        Assert.Equal(_school.Cours.Count, counts.Cours);
    }

    [Fact]
    public void Write_RoundTrip_FieldValuesExact()
    {
        var content = Assert.IsType<UdtExport>(UdtFixture.Inspect(WriteOne()).Content);

        var teacher = _school.Individus.First(i => i.Fonction == "ENS");
        var prof = Assert.Single(content.Professeurs, p => p.Epj == teacher.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((teacher.NomUsage, teacher.Prenom, teacher.DateNaissance), (prof.Nom, prof.Prenom, prof.DateNaissance!.Value));
        Assert.Equal("FRANÇAIS", content.Matieres.Single(m => m.CodeGep1 == "020700").Libelle);
        Assert.Equal(_school.Divisions[0].Code, content.Divisions[0].CodeSts);
        Assert.Equal(_school.Groupes.Select(g => g.Code), content.Groupes.Select(g => g.CodeSts));
        Assert.Equal(new DateOnly(_school.SchoolYear, 9, 1), content.Calendrier.DebutEleve);

        var cours = _school.Cours[0];
        var first = content.Cours[0];
        Assert.Equal((cours.Salle, cours.Jour, cours.HeureDebut.ToString("HH'h'mm", System.Globalization.CultureInfo.InvariantCulture)),
            (first.Salle, first.Jour, first.HeureDebut));
    }

    [Fact]
    public void Write_AccentedAndOeNames_Survive()
    {
        var school = _school with
        {
            Eleves = [_school.Eleves[0] with { NomDeFamille = "LE BŒUF-MARTIN", Prenom = "Cœline" }, .. _school.Eleves.Skip(1)],
        };
        var path = Assert.Single(new UdtWriter().Write(school, _fixture.Folder));

        var content = Assert.IsType<UdtExport>(UdtFixture.Inspect(path).Content);

        Assert.Equal(("LE BŒUF-MARTIN", "Cœline"), (content.Eleves[0].Nom, content.Eleves[0].Prenom));
        using var zip = ZipFile.OpenRead(path);
        using var head = new StreamReader(zip.GetEntry("UDCal_10.xml")!.Open());
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>", head.ReadLine());
    }

    [Fact]
    public void Write_Twice_ByteIdenticalWithFixedEntryDates()
    {
        var a = File.ReadAllBytes(WriteOne("a"));
        var b = File.ReadAllBytes(WriteOne("b"));

        Assert.Equal(SHA256.HashData(a), SHA256.HashData(b));
        using var zip = new ZipArchive(new MemoryStream(a));
        // Zip stores local times at a two-second resolution.
        Assert.All(zip.Entries, e => Assert.InRange((_school.ExportTime - e.LastWriteTime.DateTime).TotalSeconds, 0, 2));
        Assert.Equal(["UDCal_00.xml", "UDCal_03.xml", "UDCal_04.xml", "UDCal_05.xml", "UDCal_07.xml", "UDCal_08.xml", "UDCal_10.xml",
            "UDCal_11.xml", "UDCal_12.xml", "UDCal_19.xml", "UDCal_21.xml", "UDCal_24.xml"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void Write_ExportWritersAll_IncludesUdt()
    {
        Assert.Contains(EntSync.Generator.Writers.ExportWriters.All, w => w is UdtWriter);
    }
}

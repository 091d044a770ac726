using System.Text;
using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Readers;
using EntSync.Generator;
using EntSync.Generator.Model;
using EntSync.Generator.Writers;
using EntSync.Generator.Writers.Siecle;

namespace EntSync.Core.Tests.Readers.Siecle;

public sealed class SiecleGeneratorRoundTripTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("entsync-siecle-").FullName;
    private readonly GeneratedSchool _school = Prepare(SchoolBuilder.Build(new GeneratorOptions { Pupils = 120, Seed = 3 }));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Makes sure the cases under test exist whatever the seed draws: an 'œ' name, a leaver, a pupil without class.</summary>
    private static GeneratedSchool Prepare(GeneratedSchool school)
    {
        var eleves = school.Eleves.ToList();
        eleves[0] = eleves[0] with { NomDeFamille = "CŒURDEROY", Prenom = "Cœline" };
        eleves[1] = eleves[1] with { DateSortie = new DateOnly(school.SchoolYear, 11, 30) };
        eleves[^1] = eleves[^1] with { Division = null, Groupes = [] };
        return school with { Eleves = eleves };
    }

    private InspectedFile Inspect(string path)
    {
        var file = Assert.Single(new ExportInspector(ExportReaderCatalog.CreateDefault()).InspectFile(path, keepContent: true));
        Assert.True(file.Ok, file.Error?.Message);
        Assert.Equal(_school.Uai, file.Identity.Uai);
        Assert.Equal(_school.SchoolYear, file.Identity.SchoolYear);
        Assert.Equal(_school.ExportTime, file.Identity.ExportDate);
        Assert.Empty(file.Warnings);
        return file;
    }

    [Fact]
    public void Write_Eleves_ReadBackAsZippedAvecAdresses()
    {
        var path = Assert.Single(new SiecleElevesWriter().Write(_school, _directory));
        var file = Inspect(path);
        var export = Assert.IsType<SiecleElevesExport>(file.Content);

        Assert.Equal("ExportXML_ElevesAvecAdresses.zip", Path.GetFileName(path));
        Assert.EndsWith("!ElevesAvecAdresses.xml", file.File);
        Assert.Equal(ExportKind.SiecleEleves, file.Identity.Kind);
        Assert.Equal(SiecleVariants.AvecAdresses, file.Identity.Variant);
        Assert.Equal(_school.Eleves.Count, file.Counts!.Eleves);
        for (var i = 0; i < _school.Eleves.Count; i++)
        {
            var expected = _school.Eleves[i];
            var actual = export.Eleves[i];
            Assert.Equal(expected.EleveId.ToString(System.Globalization.CultureInfo.InvariantCulture), actual.EleveId);
            Assert.Equal(expected.NomDeFamille, actual.NomDeFamille);
            Assert.Equal(expected.Prenom, actual.Prenom);
            Assert.Equal(expected.Ine, actual.Ine);
            Assert.Equal(expected.DateNaiss, actual.DateNaiss);
            Assert.Equal(expected.DateSortie, actual.DateSortie);
            Assert.Equal(expected.Division, actual.Division);
            Assert.Equal(expected.Groupes, actual.Groupes);
            Assert.Equal(expected.Adresse?.Ligne1, export.Adresses.Single(a => a.AdresseId == actual.AdresseId).Ligne1);
        }

        Assert.Equal("CŒURDEROY", export.Eleves[0].NomDeFamille);
        Assert.Equal("Cœline", export.Eleves[0].Prenom);
        Assert.Null(export.Eleves[^1].Division);
        Assert.NotNull(export.Eleves[1].DateSortie);
    }

    [Fact]
    public void Write_Responsables_ReadBackWithLegalRanks()
    {
        var path = Assert.Single(new SiecleResponsablesWriter().Write(_school, _directory));
        var file = Inspect(path);
        var export = Assert.IsType<SiecleResponsablesExport>(file.Content);

        Assert.Equal(ExportKind.SiecleResponsables, file.Identity.Kind);
        Assert.Equal(_school.Personnes.Count, file.Counts!.Personnes);
        Assert.Equal(_school.Liens.Count, file.Counts.Responsables);
        Assert.Equal("2.1", export.Version);
        for (var i = 0; i < _school.Personnes.Count; i++)
        {
            Assert.Equal(_school.Personnes[i].NomDeFamille, export.Personnes[i].NomDeFamille);
            Assert.Equal(_school.Personnes[i].Prenom, export.Personnes[i].Prenom);
            Assert.Equal(_school.Personnes[i].Adresse.Ligne1, export.Personnes[i].Adresse?.Ligne1);
        }

        for (var i = 0; i < _school.Liens.Count; i++)
        {
            var expected = _school.Liens[i];
            Assert.Equal(expected.NiveauResponsabilite, export.Responsables[i].NiveauResponsabilite);
            Assert.Equal(expected.RespLegal is 1 or 2 ? expected.RespLegal : null, export.Responsables[i].LegalRank);
        }
    }

    [Fact]
    public void Write_Responsables_OeIsTheLatin9Byte()
    {
        var school = _school with { Personnes = [.. _school.Personnes.Select((p, i) => i == 0 ? p with { NomDeFamille = "BŒUF", Prenom = "Lætitia" } : p)] };
        var path = Assert.Single(new SiecleResponsablesWriter().Write(school, _directory));
        var bytes = File.ReadAllBytes(path);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>", Encoding.ASCII.GetString(bytes, 0, 60));
        Assert.Contains((byte)0xBC, bytes);
        var export = Assert.IsType<SiecleResponsablesExport>(Inspect(path).Content);
        Assert.Equal("BŒUF", export.Personnes[0].NomDeFamille);
        Assert.Equal("Lætitia", export.Personnes[0].Prenom);
    }

    [Fact]
    public void Write_NomenclatureStructuresCommuns_ReadBackWithCounts()
    {
        var nomenclature = Inspect(Assert.Single(new SiecleNomenclatureWriter().Write(_school, _directory)));
        var structures = Inspect(Assert.Single(new SiecleStructuresWriter().Write(_school, _directory)));
        var communs = Inspect(Assert.Single(new SiecleCommunsWriter().Write(_school, _directory)));

        Assert.Equal(_school.Matieres.Count, nomenclature.Counts!.Matieres);
        Assert.Equal(_school.Mefs.Count, Assert.IsType<SiecleNomenclaturesExport>(nomenclature.Content).Mefs.Count);
        Assert.Equal(_school.Divisions.Count, structures.Counts!.Divisions);
        Assert.Equal(_school.Groupes.Count, structures.Counts.Groupes);
        var groupe = Assert.IsType<SiecleStructuresExport>(structures.Content).Groupes[0];
        Assert.Equal(_school.Groupes[0].Divisions, groupe.Divisions);
        var commun = Assert.IsType<SiecleCommunExport>(communs.Content).Commun;
        Assert.Equal(_school.Uai, commun.Uai);
        Assert.Equal(_school.DebutAnnee, commun.DateDebutEleve);
        Assert.Equal(_school.FinAnnee, commun.DateFinEleve);
        Assert.Equal(_school.Nom, $"{commun.DenomPrinc} {commun.DenomCompl}");
    }

    [Fact]
    public void Write_TwiceFromTheSameSeed_GivesIdenticalBytes()
    {
        var second = Directory.CreateDirectory(Path.Combine(_directory, "second")).FullName;
        var writers = ExportWriters.All.Where(w => w.GetType().Namespace == typeof(SiecleElevesWriter).Namespace).ToList();
        Assert.Equal(5, writers.Count);

        foreach (var writer in writers)
        {
            var first = writer.Write(_school, _directory);
            var again = writer.Write(Prepare(SchoolBuilder.Build(new GeneratorOptions { Pupils = 120, Seed = 3 })), second);
            Assert.Equal(first.Select(Path.GetFileName), again.Select(Path.GetFileName));
            for (var i = 0; i < first.Count; i++) Assert.Equal(File.ReadAllBytes(first[i]), File.ReadAllBytes(again[i]));
        }
    }
}

using System.IO.Compression;
using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Model.EleveGroupe;
using EntSync.Core.Readers;
using EntSync.Core.Tests.Readers.Sts;
using EntSync.Generator;
using EntSync.Generator.Model;
using EntSync.Generator.Writers.EleveGroupe;

namespace EntSync.Core.Tests.Readers.EleveGroupe;

public sealed class EleveGroupeRoundTripTests
{
    private static GeneratedSchool School()
    {
        var school = SchoolBuilder.Build(new GeneratorOptions { Pupils = 120, Seed = 3 });
        var eleves = school.Eleves.ToList();
        eleves[0] = eleves[0] with { NomDeFamille = "LE BŒUF-MARTIN", NomUsage = "SAINT-ÉLOI", Prenom = "Cœline" };
        // A pupil without any group cannot be written (the schema wants at least one GROUPE).
        eleves[^1] = eleves[^1] with { Groupes = [] };
        return school with { Eleves = eleves };
    }

    [Fact]
    public void EleveGroupeWriter_GeneratedSchool_WritesTheSiecleNamedZipHoldingTheSameNamedXml()
    {
        var school = School();
        using var dir = new ScratchDirectory();

        var path = Assert.Single(new EleveGroupeWriter().Write(school, dir.Path));

        var name = $"{school.Uai}ELEGROUPE2026261005180211";
        Assert.Equal(name + ".zip", Path.GetFileName(path));
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal([name + ".xml"], zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void EleveGroupeWriter_GeneratedSchool_ReadsBackWithTheModelsCountsAndNoWarning()
    {
        var school = School();
        using var dir = new ScratchDirectory();

        var path = Assert.Single(new EleveGroupeWriter().Write(school, dir.Path));
        var file = Assert.Single(new ExportInspector(ExportReaderCatalog.CreateDefault()).InspectFile(path, keepContent: true));

        Assert.True(file.Ok, file.Error?.Message);
        Assert.Empty(file.Warnings);
        Assert.Equal((ExportKind.EleveGroupe, school.Uai, 2026), (file.Identity.Kind, file.Identity.Uai, file.Identity.SchoolYear));
        var withGroups = school.Eleves.Where(e => e.Groupes.Count > 0).ToList();
        Assert.Equal(withGroups.Count, file.Counts!.Eleves);
        Assert.Equal(withGroups.Sum(e => e.Groupes.Count), file.Counts.Liens);
        Assert.Equal(withGroups.SelectMany(e => e.Groupes).Distinct().Count(), file.Counts.Groupes);
    }

    [Fact]
    public void EleveGroupeWriter_GeneratedSchool_KeepsIdsIsoBirthDatesAndLatin9Names()
    {
        var school = School();
        using var dir = new ScratchDirectory();

        var path = Assert.Single(new EleveGroupeWriter().Write(school, dir.Path));
        var file = Assert.Single(new ExportInspector(ExportReaderCatalog.CreateDefault()).InspectFile(path, keepContent: true));
        var content = Assert.IsType<EleveGroupeExport>(file.Content);

        var model = school.Eleves[0];
        var read = content.Eleves[0];
        Assert.Equal(EleveGroupeIdentifiant.EleveId, read.Identifiant);
        Assert.Equal(model.EleveId.ToString(System.Globalization.CultureInfo.InvariantCulture), read.EleveId);
        Assert.Equal(("LE BŒUF-MARTIN", "SAINT-ÉLOI", "Cœline"), (read.NomDeFamille, read.NomUsage, read.Prenom));
        Assert.Equal(model.DateNaiss, read.DateNaiss);
        Assert.Equal(model.Groupes, read.Groupes.Select(g => g.CodeGroupe));
        Assert.Equal(("EDT", "1.4", new DateOnly(2026, 10, 5)), (content.Parametres.Logiciel, content.Parametres.Version, content.Parametres.DateImport!.Value));
    }

    [Fact]
    public void EleveGroupeWriter_SameSchoolTwice_WritesIdenticalBytes()
    {
        var school = School();
        using var first = new ScratchDirectory();
        using var second = new ScratchDirectory();

        var a = File.ReadAllBytes(Assert.Single(new EleveGroupeWriter().Write(school, first.Path)));
        var b = File.ReadAllBytes(Assert.Single(new EleveGroupeWriter().Write(school, second.Path)));

        Assert.Equal(a, b);
    }
}

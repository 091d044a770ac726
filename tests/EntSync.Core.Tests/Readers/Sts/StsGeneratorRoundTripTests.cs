using System.Security.Cryptography;
using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Model.Sts;
using EntSync.Core.Readers;
using EntSync.Generator;
using EntSync.Generator.Model;
using EntSync.Generator.Writers;
using EntSync.Generator.Writers.Sts;

namespace EntSync.Core.Tests.Readers.Sts;

public sealed class StsGeneratorRoundTripTests
{
    private static GeneratedSchool School()
    {
        var school = SchoolBuilder.Build(new GeneratorOptions { Pupils = 120, Seed = 3 });
        // Make sure the names that break naive readers are there whatever the seed draws.
        var individus = school.Individus.ToList();
        var first = individus.FindIndex(i => i.Fonction == "ENS");
        individus[first] = individus[first] with { NomUsage = "CŒURDEROY", NomPatronymique = "LEFÈVRE", Prenom = "Zoë" };
        return school with { Individus = individus };
    }

    private static InspectedFile Inspect(string path) =>
        Assert.Single(new ExportInspector(ExportReaderCatalog.CreateDefault()).InspectFile(path, keepContent: true));

    [Fact]
    public void StsEmpWriter_GeneratedSchool_ReadsBackWithTheModelsCounts()
    {
        var school = School();
        using var dir = new ScratchDirectory();

        var path = Assert.Single(new StsEmpWriter().Write(school, dir.Path));
        var file = Inspect(path);

        Assert.Equal($"sts_emp_{school.Uai}_2026.xml", Path.GetFileName(path));
        Assert.True(file.Ok, file.Error?.Message);
        Assert.Empty(file.Warnings);
        Assert.Equal((ExportKind.StsEmp, school.Uai, 2026), (file.Identity.Kind, file.Identity.Uai, file.Identity.SchoolYear));
        Assert.Equal(school.ExportTime, file.Identity.ExportDate);
        var counts = file.Counts!;
        Assert.Equal(school.Individus.Count(i => i.Fonction == "ENS"), counts.Enseignants);
        Assert.Equal(school.Divisions.Count, counts.Divisions);
        Assert.Equal(school.Groupes.Count, counts.Groupes);
        Assert.Equal(school.Services.Count, counts.Services);
        Assert.Equal(school.Matieres.Count, counts.Matieres);
    }

    [Fact]
    public void StsEmpWriter_GeneratedSchool_KeepsFieldValuesAndLatin9Names()
    {
        var school = School();
        using var dir = new ScratchDirectory();

        var content = Assert.IsType<StsEmpExport>(Inspect(Assert.Single(new StsEmpWriter().Write(school, dir.Path))).Content);

        var model = school.Individus.First(i => i.NomUsage == "CŒURDEROY");
        var read = content.Individus.Single(i => i.Id == model.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("CŒURDEROY", "LEFÈVRE", "Zoë", "ENS"), (read.NomUsage, read.NomPatronymique, read.Prenom, read.Fonction));
        Assert.Equal(model.DateNaissance, read.DateNaissance);
        Assert.Equal(school.Individus.Count, content.Individus.Count);

        var principal = school.Individus.First(i => i.ProfPrincipalDe.Count > 0);
        var readPrincipal = content.Individus.Single(i => i.Id == principal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(principal.ProfPrincipalDe, readPrincipal.ProfsPrincipaux.Select(p => p.CodeStructure));

        var groupe = school.Groupes[0];
        var readGroupe = content.Groupes.Single(g => g.Code == groupe.Code);
        Assert.Equal(groupe.Divisions, readGroupe.Divisions);
        Assert.Equal(school.Eleves.Count(e => e.Groupes.Contains(groupe.Code)), readGroupe.EffectifPrevu);

        var service = school.Services[0];
        var readService = content.Services[0];
        Assert.Equal((service.StructureCode, service.CodeMatiere), (readService.StructureCode, readService.CodeMatiere));
        Assert.Equal(service.Enseignants.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), readService.Enseignants);
        Assert.Equal("HISTOIRE-GÉOGRAPHIE", content.Matieres.Single(m => m.Code == "040300").LibelleLong);
    }

    [Fact]
    public void StsEmpWriter_WritesLatin9BytesUnderAnUpperCaseDeclaration()
    {
        var school = School();
        using var dir = new ScratchDirectory();

        var bytes = File.ReadAllBytes(Assert.Single(new StsEmpWriter().Write(school, dir.Path)));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>", System.Text.Encoding.ASCII.GetString(bytes, 0, 60));
        // 'CŒURDEROY': Œ is 0xBC in ISO-8859-15 (and does not exist in Latin-1).
        Assert.True(IndexOf(bytes, [(byte)'C', 0xBC, (byte)'U', (byte)'R']) > 0);
    }

    [Fact]
    public void EmpStsWriter_GeneratedSchool_ReadsBackWithTheModelsCounts()
    {
        var school = School();
        using var dir = new ScratchDirectory();

        var path = Assert.Single(new EmpStsWriter().Write(school, dir.Path));
        var file = Inspect(path);

        Assert.Equal($"emp_sts_{school.Uai}_2026.xml", Path.GetFileName(path));
        Assert.True(file.Ok, file.Error?.Message);
        Assert.Equal((ExportKind.EdtSts, school.Uai, 2026), (file.Identity.Kind, file.Identity.Uai, file.Identity.SchoolYear));
        Assert.Equal(["FICHIER-EMP-STS"], file.Warnings.Select(w => w.Code));
        var counts = file.Counts!;
        Assert.Equal(school.Divisions.Count, counts.Divisions);
        Assert.Equal(school.Groupes.Count, counts.Groupes);
        Assert.Equal(school.Services.Count, counts.Services);
        Assert.Equal(school.Cours.Count(c => c.Enseignant is not null), counts.Cours);
        Assert.Equal(school.Services.SelectMany(s => s.Enseignants).Distinct().Count(), counts.Enseignants);
    }

    [Fact]
    public void EmpStsWriter_GeneratedSchool_KeepsCoursesAndMondayWeeks()
    {
        var school = School();
        using var dir = new ScratchDirectory();

        var content = Assert.IsType<EdtStsExport>(Inspect(Assert.Single(new EmpStsWriter().Write(school, dir.Path))).Content);

        Assert.Equal(["H", "Q1", "Q2"], content.Alternances.Select(a => a.Code));
        var weekly = content.Alternances[0].Semaines;
        Assert.All(weekly, d => Assert.Equal(DayOfWeek.Monday, d.DayOfWeek));
        Assert.Equal(school.PremierLundi, weekly[0]);
        Assert.Equal(weekly.Count, content.Alternances[1].Semaines.Count + content.Alternances[2].Semaines.Count);

        var model = school.Cours[0];
        var read = content.Cours.First(c => c.StructureCode == model.StructureCode && c.CodeMatiere == model.CodeMatiere);
        Assert.Equal((model.Jour, model.HeureDebut, model.DureeMinutes, model.Salle, model.Alternance),
            (read.Jour!.Value, read.HeureDebut!.Value, read.DureeMinutes!.Value, read.CodeSalle, read.CodeAlternance));
        Assert.Equal(model.Enseignant.ToString(), read.EnseignantId);
        Assert.Contains(content.Cours, c => c.SurGroupe);
    }

    [Fact]
    public void Writers_SameSchoolTwice_WriteIdenticalBytes()
    {
        var school = School();
        using var first = new ScratchDirectory();
        using var second = new ScratchDirectory();
        IExportWriter[] writers = [new StsEmpWriter(), new EmpStsWriter()];

        foreach (var w in writers)
        {
            var a = File.ReadAllBytes(Assert.Single(w.Write(school, first.Path)));
            var b = File.ReadAllBytes(Assert.Single(w.Write(school, second.Path)));
            Assert.Equal(SHA256.HashData(a), SHA256.HashData(b));
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        }

        return -1;
    }
}

using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Generator;
using EntSync.Generator.Model;
using EntSync.Generator.Writers.Edt;
using static EntSync.Core.Tests.Readers.Edt.EdtTestSupport;

namespace EntSync.Core.Tests.Readers.Edt;

public sealed class EdtWritersTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("entsync-edt-");
    private readonly GeneratedSchool _school = Variants(SchoolBuilder.Build(new GeneratorOptions { Pupils = 120, Seed = 3 }));

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void EdtClairWriter_RoundTrip_CountsAndFieldsMatchTheModel()
    {
        var file = Inspect(Assert.Single(new EdtClairWriter().Write(_school, _dir.FullName)));
        var export = Content<EdtClairExport>(file);

        Assert.Equal(ExportKind.EdtClair, file.Identity.Kind);
        Assert.Equal((_school.Uai, _school.SchoolYear), (file.Identity.Uai, file.Identity.SchoolYear));
        Assert.Equal(new ExportCounts
        {
            Eleves = _school.Eleves.Count,
            Responsables = _school.Eleves.Sum(e => Math.Min(2, _school.Liens.Count(l => l.EleveId == e.EleveId && l.NiveauResponsabilite == 1))),
            Enseignants = _school.Individus.Count(i => i.Fonction == "ENS"),
            Divisions = _school.Divisions.Count,
            Groupes = _school.Groupes.Count,
            Matieres = _school.Matieres.Count,
            Salles = _school.Salles.Count,
            Cours = _school.Cours.Count,
            Liens = _school.Eleves.Sum(e => e.Groupes.Count),
        }, file.Counts);
        Assert.Empty(file.Warnings);

        var accented = _school.Eleves.First(e => e.NomDeFamille.Any(c => c > 127));
        var eleve = export.Eleves.Single(e => e.IdSconet == accented.EleveId.ToString());
        Assert.Equal((accented.NomDeFamille, accented.Prenom, accented.Ine), (eleve.Nom, eleve.Prenom, eleve.NumeroNational));
        Assert.Equal("CŒURDEROY", export.Professeurs[0].Nom);
        var teacher = _school.Individus.First(i => i.Fonction == "ENS");
        Assert.Equal(teacher.Id.ToString(), export.Professeurs[0].IdSts);
    }

    [Fact]
    public void EdtClairWriter_RoundTrip_WritesWeekMasksAndParties()
    {
        var path = Assert.Single(new EdtClairWriter().Write(_school, _dir.FullName));
        var export = Content<EdtClairExport>(Inspect(path));
        var weeks = (_school.FinAnnee.DayNumber - _school.PremierLundi.DayNumber) / 7 + 1;

        var q1 = export.Cours[0].Salles[0];
        Assert.True(q1.EnSemaine(1) && q1.EnSemaine(3) && !q1.EnSemaine(2) && !q1.EnSemaine(0));
        var q2 = export.Cours[1].Professeurs[0];
        Assert.True(q2.EnSemaine(2) && !q2.EnSemaine(1));
        var h = export.Cours[2].Classes[0];
        Assert.Equal(((1UL << (weeks + 1)) - 2), h.Semaines);

        var partie = Assert.Single(export.Cours[1].PartiesDeClasse);
        Assert.Empty(export.Cours[1].Classes);
        Assert.Contains(export.PartiesDeClasse, p => p.Ident == partie.Ident);
        Assert.Equal(10, export.Grille.Places.Count);
        Assert.Equal((_school.Cours[2].Jour, _school.Cours[2].HeureDebut.Hour - 8), (export.Cours[2].Jour, export.Cours[2].NumeroPlaceDebut));
        Assert.Equal(new TimeOnly(8, 0), export.Grille.Places[0].HeureDebut);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", File.ReadAllText(path));
    }

    [Fact]
    public void EdtChiffreWriter_RoundTrip_EnvelopeReadsAndContentDecrypts()
    {
        var path = Assert.Single(new EdtChiffreWriter().Write(_school, _dir.FullName));
        var file = Inspect(path);
        var export = Content<EdtChiffreExport>(file);

        Assert.Equal(ExportKind.EdtChiffre, file.Identity.Kind);
        Assert.Equal((_school.Uai, _school.SchoolYear, _school.ExportTime), (file.Identity.Uai, file.Identity.SchoolYear, file.Identity.ExportDate));
        Assert.Equal((EdtChiffreWriter.Logiciel, _school.Nom, _school.CodePostalVille), (export.Logiciel, export.NomEtablissement, export.CodePostalVille));
        Assert.Equal(["INDEXEDUCATION", "Partenaire"], export.Partenaires);
        Assert.Equal(TimeSpan.FromHours(2), export.DateHeure!.Value.Offset);

        var root = XDocument.Load(path).Root!;
        string Text(string name) => root.Elements().Single(e => e.Name.LocalName == name).Value;
        var cipher = Convert.FromBase64String(Text("CONTENU"));
        Assert.Equal(cipher.LongLength, export.TailleContenu);
        Assert.All(root.Descendants().Where(e => e.Name.LocalName == "PARTENAIRE"), p => Assert.Equal(256, Convert.FromBase64String(p.Value).Length));

        var (key, iv) = EdtChiffreKeys.Aes(_school.Uai);
        using var aes = Aes.Create();
        aes.Key = key;
        var compressed = aes.DecryptCbc(cipher, iv);
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(compressed)), export.Verification);

        using var inflate = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var clear = new MemoryStream();
        inflate.CopyTo(clear);
        var enclair = Assert.Single(new EdtClairWriter().Write(_school, _dir.FullName));
        Assert.Equal(File.ReadAllBytes(enclair), clear.ToArray());
    }

    [Fact]
    public void EdtChiffreWriter_Contenu_IsWrappedAt76Columns()
    {
        var text = File.ReadAllText(Assert.Single(new EdtChiffreWriter().Write(_school, _dir.FullName)));
        var contenu = text[(text.IndexOf("<CONTENU>", StringComparison.Ordinal) + 9)..text.IndexOf("</CONTENU>", StringComparison.Ordinal)];
        var lines = contenu.Split("\r\n");

        Assert.True(lines.Length > 10);
        Assert.All(lines[..^1], l => Assert.Equal(76, l.Length));
        Assert.InRange(lines[^1].Length, 4, 76);
    }

    [Fact]
    public void EdtTexteWriter_RoundTrip_CountsAndAccentsSurvive()
    {
        var path = Assert.Single(new EdtTexteWriter().Write(_school, _dir.FullName));
        var file = Inspect(path);
        var export = Content<EdtTexteExport>(file);
        var teachers = _school.Individus.ToDictionary(i => i.Id);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"windows-1252\"?>", Encoding.Latin1.GetString(File.ReadAllBytes(path)[..60]));
        Assert.Equal(ExportKind.EdtTexte, file.Identity.Kind);
        Assert.Equal(new ExportCounts
        {
            Cours = _school.Cours.Count,
            Matieres = _school.Cours.Select(c => c.CodeMatiere).Distinct().Count(),
            Enseignants = _school.Cours.Where(c => c.Enseignant is not null)
                .Select(c => (teachers[c.Enseignant!.Value].NomUsage, teachers[c.Enseignant.Value].Prenom)).Distinct().Count(),
            Divisions = _school.Cours.Select(c => c.PartieDeClasse is null ? c.StructureCode : $"{c.StructureCode} {c.PartieDeClasse}").Distinct().Count(),
            Salles = _school.Cours.Select(c => c.Salle).Distinct().Count(),
        }, file.Counts);
        Assert.Empty(file.Warnings);

        var first = export.Cours[0];
        var model = _school.Cours[0];
        Assert.Equal(("CŒURDEROY", model.HeureDebut, model.DureeMinutes, model.Jour), (first.ProfNom, first.HeureDebut, first.DureeMinutes, first.JourNumero));
        Assert.Equal("FRANÇAIS", first.MatLibelle);
        Assert.Equal("Q1", first.Alternance);
    }

    /// <summary>The built school, plus what the builder never produces: alternating weeks, a partie de classe, an 'œ' teacher.</summary>
    private static GeneratedSchool Variants(GeneratedSchool s)
    {
        var cours = s.Cours.ToList();
        cours[0] = cours[0] with { Alternance = "Q1" };
        cours[1] = cours[1] with { Alternance = "Q2", PartieDeClasse = "PA", SurGroupe = false, StructureCode = s.Divisions[0].Code };
        var individus = s.Individus.ToList();
        var first = individus.FindIndex(i => i.Id == cours[0].Enseignant);
        individus[first] = individus[first] with { NomUsage = "CŒURDEROY" };
        var ens = individus.FindIndex(i => i.Fonction == "ENS");
        (individus[ens], individus[first]) = (individus[first], individus[ens]);
        return s with { Cours = cours, Individus = individus };
    }
}

using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Readers.Edt.EdtTestSupport;

namespace EntSync.Core.Tests.Readers.Edt;

public sealed class EdtClairReaderTests
{
    private const string Sample = "edt-index-ent-export/laclasse/Edt_To_LaclasseCom_0134567A_Enclair.xml";

    [SampleFact]
    public void Read_LaclasseSample_CountsEveryRecord()
    {
        var file = Inspect(Samples.Sample(Sample));

        Assert.Equal(ExportKind.EdtClair, file.Identity.Kind);
        Assert.Equal("0134567A", file.Identity.Uai);
        Assert.Equal(2013, file.Identity.SchoolYear);
        // 704 Cours elements inside the Cours container (705 start tags with the container itself).
        Assert.Equal(new ExportCounts
        {
            Eleves = 426, Responsables = 808, Enseignants = 31, Divisions = 16, Groupes = 48, Matieres = 25, Salles = 24, Cours = 704,
        }, file.Counts);
        Assert.Empty(file.Warnings);
    }

    [SampleFact]
    public void Read_LaclasseSample_ReadsGridPeopleAndWeekMasks()
    {
        var export = Content<EdtClairExport>(Inspect(Samples.Sample(Sample)));

        Assert.Equal("1.1", export.Version);
        Assert.Equal(new DateOnly(2013, 9, 2), export.Grille.DatePremierJourSemaine1);
        Assert.Equal(30, export.Grille.DureePlace);
        Assert.Equal([1, 2, 3, 4, 5], export.Grille.JoursOuvres);
        Assert.Equal(new EdtPlace(19, new TimeOnly(17, 30), new TimeOnly(18, 0)), export.Grille.Places[^1]);

        var prof = export.Professeurs[0];
        Assert.Equal(("2", "ALBERT", "MARIE DESI", "KVX8NTH4DPQ3SYU7"), (prof.Ident, prof.Nom, prof.Prenom, prof.IdPn));
        Assert.Null(prof.IdSts);

        var eleve = export.Eleves[0];
        Assert.Equal(("ALLARD", new DateOnly(1994, 1, 10), "Masculin", "0000000000001"), (eleve.Nom, eleve.DateNaissance, eleve.Sexe, eleve.NumeroNational));
        Assert.Equal([1, 2], eleve.Responsables.Select(r => r.RespLegal ?? 0));
        Assert.Equal(("12 rue du moulin", null), (eleve.Responsables[0].Adresse1, eleve.Responsables[0].Adresse2));
        Assert.Equal(new EdtInscription("9", new DateOnly(2013, 9, 3), new DateOnly(2014, 8, 31)), Assert.Single(eleve.Classes));

        var cours = export.Cours[0];
        Assert.Equal((3, 8, 2, "2"), (cours.Jour, cours.NumeroPlaceDebut, cours.NombrePlaces, cours.Matiere));
        var groupe = Assert.Single(cours.Groupes);
        Assert.Equal(new EdtCoursRef("53", 35132630760702UL), groupe);
        Assert.True(groupe.EnSemaine(1));
        Assert.False(groupe.EnSemaine(8));
        Assert.True(groupe.EnSemaine(44));
        Assert.Equal(16, export.Classes.Count);
        Assert.Equal(export.Classes.Sum(c => c.PartiesDeClasse.Count), export.PartiesDeClasse.Count);
    }

    [Fact]
    public void Read_LayoutVariants_ReadsCaseVariantsAndSkipsUnknownContainers()
    {
        var file = Inspect(Samples.TestData("edt/clair-variantes.xml"));
        var export = Content<EdtClairExport>(file);

        Assert.Equal("0990001X", file.Identity.Uai);
        Assert.Equal(2025, file.Identity.SchoolYear);
        Assert.Equal("1.1", export.Version);
        Assert.Equal(new ExportCounts
        {
            Eleves = 2, Responsables = 1, Enseignants = 2, Divisions = 1, Groupes = 2, Matieres = 1, Salles = 1, Cours = 2, Liens = 3,
        }, file.Counts);

        var prof = export.Professeurs[0];
        Assert.Equal(("LE BŒUF", "Cœline", "ABCD1234EFGH5678", "4567", "cboeuf"), (prof.Nom, prof.Prenom, prof.IdPn, prof.IdSts, prof.IdCas));
        Assert.Null(export.Professeurs[1].DateNaissance);
        Assert.Equal(new TimeOnly(8, 5), export.Grille.Places[0].HeureDebut);
        Assert.Equal([new EdtPartieDeClasse("11", "1"), new EdtPartieDeClasse("12", "1")], export.PartiesDeClasse);
    }

    [Fact]
    public void Read_LayoutVariants_ReadsPupilsAndDirectGroupMemberships()
    {
        var file = Inspect(Samples.TestData("edt/clair-variantes.xml"));
        var export = Content<EdtClairExport>(file);

        var zoe = export.Eleves[0];
        Assert.Null(zoe.DateNaissance);
        Assert.Equal(("DUPRÉ", "Zoë", "123456789AB", "555001", "8001", "ELEVEPN1"),
            (zoe.Nom, zoe.Prenom, zoe.NumeroNational, zoe.IdSconet, zoe.IdEtablissement, zoe.IdPn));
        var resp = Assert.Single(zoe.Responsables);
        Assert.Equal(("3 rue des Œillets", "Bât. B", null), (resp.Adresse1, resp.Adresse2, resp.Adresse3));
        Assert.Equal(("Mme", "99000", "VILLEFICTIVE"), (resp.Civilite, resp.CodePostal, resp.Ville));
        Assert.Equal(["21", "20"], zoe.Groupes.Select(g => g.Ident));
        Assert.Equal(["20"], export.Eleves[1].Groupes.Select(g => g.Ident));
        Assert.Equal(["100", "101"], export.Groupes[0].Eleves.Select(e => e.Ident));

        var warning = Assert.Single(file.Warnings, w => w.Code == "DATE-ILLISIBLE");
        Assert.Contains("31/02/2013", warning.Message);
        Assert.NotNull(warning.Line);
    }

    [Fact]
    public void Read_LayoutVariants_ReadsCoursesWithOnlyASubjectAndMaskVariants()
    {
        var file = Inspect(Samples.TestData("edt/clair-variantes.xml"));
        var export = Content<EdtClairExport>(file);

        var seul = export.Cours[0];
        Assert.Equal("7", seul.Matiere);
        Assert.Empty(seul.Professeurs);
        Assert.Empty(seul.Classes);
        Assert.Empty(seul.Groupes);

        var cours = export.Cours[1];
        Assert.Equal(new EdtCoursRef("3", 6), Assert.Single(cours.Professeurs));
        Assert.Equal(new EdtCoursRef("11", 6), Assert.Single(cours.PartiesDeClasse));
        Assert.Equal(EdtCoursRef.ToutesLesSemaines, Assert.Single(cours.Groupes).Semaines);
        Assert.Equal(EdtCoursRef.ToutesLesSemaines, Assert.Single(cours.Salles).Semaines);
        Assert.Contains(file.Warnings, w => w.Code == "SEMAINES-ILLISIBLES" && w.Message.Contains("beaucoup"));
    }
}

using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Readers.Edt.EdtTestSupport;

namespace EntSync.Core.Tests.Readers.Edt;

public sealed class EdtTexteReaderTests
{
    [Fact]
    public void Read_CoursTable_ParsesDisplayStrings()
    {
        var file = Inspect(Samples.TestData("edt/texte-cours.xml"));
        var export = Content<EdtTexteExport>(file);

        Assert.Equal(ExportKind.EdtTexte, file.Identity.Kind);
        Assert.Null(file.Identity.Uai);
        var c = export.Cours[0];
        Assert.Equal(("12", "1h30", 90, "Q1", "FRANC", "FRANÇAIS"), (c.Numero, c.Duree, c.DureeMinutes, c.Frequence, c.MatCode, c.MatLibelle));
        Assert.Equal(("LEFÈVRE", "Irène", "6 A", "B12", "Q1", "CG"), (c.ProfNom, c.ProfPrenom, c.Classe, c.Salle, c.Alternance, c.Modalite));
        Assert.Equal(("N", "1", "mardi", 2, new TimeOnly(8, 0), 27), (c.CoEnseignement, c.Ponderation, c.Jour, c.JourNumero, c.HeureDebut, c.Effectif));
        Assert.Equal((4, new TimeOnly(14, 5), 120), (export.Cours[1].JourNumero, export.Cours[1].HeureDebut, export.Cours[1].DureeMinutes));
    }

    [Fact]
    public void Read_CoursTable_CountsDistinctValuesAndAnnualCourses()
    {
        var file = Inspect(Samples.TestData("edt/texte-cours.xml"));

        // LEFÈVRE Irène appears alone and in a co-taught line; DURAND Marc only there.
        Assert.Equal(new ExportCounts { Cours = 3, Matieres = 2, Enseignants = 2, Divisions = 2, Salles = 2 }, file.Counts);
        var annuel = Content<EdtTexteExport>(file).Cours[2];
        Assert.Equal(("14", new TimeOnly(10, 0), 5), (annuel.Numero, annuel.HeureDebut, annuel.JourNumero));
        Assert.Null(annuel.DureeMinutes);
        Assert.Contains(file.Warnings, w => w.Code == "DUREE-ILLISIBLE" && w.Message.Contains("une heure") && w.Line > 0);
    }
}

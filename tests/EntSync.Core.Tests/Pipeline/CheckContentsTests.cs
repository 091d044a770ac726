using EntSync.Core.Identification;
using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Model.Sts;
using EntSync.Core.Pipeline;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Tests.Pipeline;

public sealed class CheckContentsTests
{
    private static InspectedFile File(string name, ExportKind kind, IExportContent content) =>
        new(name, new ExportIdentity(kind, "0769990A", 2026, null), null, [], content.Counts) { Content = content };

    private static EdtClairExport Clair() => new()
    {
        Counts = new ExportCounts { Cours = 1, Eleves = 1 },
        Classes = [new EdtClasse("1", "6A", [])],
        Eleves = [new EdtEleve { Ident = "9", Nom = "MARTIN", Prenom = "Léa", IdSconet = "1001", Classes = [new EdtInscription("1", null, null)] }],
        Cours = [new EdtCours { Jour = 1, Classes = [new EdtCoursRef("1", 0)] }],
    };

    [Fact]
    public void Keep_ClearTimetable_KeepsItsViewInsteadOfTheExportWithTheExportsCounts()
    {
        var export = Clair();

        var kept = CheckContents.Keep(File("edt.xml", ExportKind.EdtClair, export));

        var content = Assert.IsType<TimetableViewContent>(kept.Content);
        Assert.Same(export.Counts, content.Counts);
        Assert.Equal("edt.xml", content.View.File);
        var eleve = Assert.Single(content.View.Eleves);
        Assert.Equal(("1001", "6A"), (eleve.EleveId, eleve.Classe));
        Assert.Equal(["6A"], Assert.Single(content.View.Cours).Structures);
        // The assembler takes the view as it is.
        Assert.Same(content.View, TimetableViews.Of(content, "edt.xml"));
    }

    [Fact]
    public void Keep_EmpSts_StaysWholeForTheStsChecks()
    {
        var file = File("emp_sts.xml", ExportKind.EdtSts, new EdtStsExport());

        Assert.Same(file, CheckContents.Keep(file));
    }

    [Fact]
    public void Keep_PupilsWithAddresses_DropsTheAddressesOnly()
    {
        Eleve[] eleves = [new Eleve { EleveId = "1", AdresseId = "5" }];
        var file = File("eleves.xml", ExportKind.SiecleEleves,
            new SiecleElevesExport("3.0", SiecleVariants.AvecAdresses, eleves, [new Adresse { AdresseId = "5", Ligne1 = "1 rue Haute" }]));

        var kept = Assert.IsType<SiecleElevesExport>(CheckContents.Keep(file).Content);

        Assert.Empty(kept.Adresses);
        Assert.Same(eleves, kept.Eleves);
        Assert.Equal(SiecleVariants.AvecAdresses, kept.Variant);
    }

    [Fact]
    public void Keep_FileWithoutContentOrOtherKinds_Unchanged()
    {
        var withoutContent = new InspectedFile("edt.xml", new ExportIdentity(ExportKind.EdtClair, null, null, null), null, [], null);
        var sts = File("sts.xml", ExportKind.StsEmp, new StsEmpExport());

        Assert.Same(withoutContent, CheckContents.Keep(withoutContent));
        Assert.Same(sts, CheckContents.Keep(sts));
    }
}

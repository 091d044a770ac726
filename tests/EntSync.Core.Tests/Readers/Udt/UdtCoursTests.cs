using EntSync.Core.Model.Udt;

namespace EntSync.Core.Tests.Readers.Udt;

public sealed class UdtCoursTests : IDisposable
{
    private readonly UdtFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static UdtExport Content(Inspection.InspectedFile file) => Assert.IsType<UdtExport>(file.Content);

    [Fact]
    public void Read_ConsecutiveLigneCodes_MergedIntoOneCourseWithHours()
    {
        var content = Content(UdtFixture.Inspect(_fixture.Zip()));

        var francais = Assert.Single(content.Cours, c => c.Mat == "FRANC");
        Assert.Equal(("F1", "F2", 2, 1), (francais.FicheDebut, francais.FicheFin, francais.NombreLignes, francais.Jour));
        Assert.Equal(("08h00", "09h00"), (francais.HeureDebut, francais.HeureFin));
        Assert.Null(francais.Semaine);

        var maths = content.Cours.Where(c => c.Mat == "MATHS").ToList();
        Assert.Equal(2, maths.Count);
        Assert.All(maths, c => Assert.Equal((1, "ES", "7"), (c.NombreLignes, c.Gpe, c.IdGpe)));
        Assert.Equal(["00102", "00302"], maths.Select(c => c.CodeLigne));
    }

    [Fact]
    public void Read_WeeklyLigneFiles_CoursesPerWeek()
    {
        _fixture.Entries.Remove("udcal_12.xml");
        const string lignes = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ligfiches>
              <ligfiche code="00101" fic="F1" div="6A" mat="FRANC" prof="1"/>
              <ligfiche code="00201" fic="F2" div="6A" mat="FRANC" prof="1"/>
              <ligfiche code="00301" fic="F3" div="6A" mat="FRANC" prof="1"/>
            </ligfiches>
            """;
        _fixture.Entries["udcal_12_05.xml"] = lignes;
        _fixture.Entries["UDCal_12_06.xml"] = lignes.Replace("00301", "00501");

        var content = Content(UdtFixture.Inspect(_fixture.Zip()));

        Assert.Equal(6, content.Lignes.Count);
        Assert.Equal([5, 6], content.Lignes.Select(l => l.Semaine).Distinct().Select(w => w!.Value).Order());
        var week5 = Assert.Single(content.Cours, c => c.Semaine == 5);
        Assert.Equal(("F1", "F3", 3, "09h30"), (week5.FicheDebut, week5.FicheFin, week5.NombreLignes, week5.HeureFin));
        Assert.Equal(2, content.Cours.Count(c => c.Semaine == 6));
    }

    [Fact]
    public void Read_LigneWithoutDivision_NotACourseAndWarned()
    {
        _fixture.Entries["udcal_12.xml"] = "<ligfiches><ligfiche code=\"00101\" fic=\"F1\" mat=\"FRANC\"/><ligfiche code=\"00201\" div=\"6A\" mat=\"FRANC\"/></ligfiches>";

        var file = UdtFixture.Inspect(_fixture.Zip());

        Assert.Equal(0, file.Counts!.Cours);
        Assert.Equal(2, Content(file).Lignes.Count);
        Assert.Equal("UDT-LIGNE-IGNOREE", Assert.Single(file.Warnings).Code);
    }
}

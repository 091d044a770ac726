using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Model.Sts;
using EntSync.Core.Readers;
using EntSync.Core.Readers.Sts;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Readers.Sts;

public sealed class EdtStsReaderTests
{
    private static InspectedFile Inspect(string relative) =>
        Assert.Single(new ExportInspector(ExportReaderCatalog.CreateDefault()).InspectFile(Samples.TestData(relative), keepContent: true));

    [Fact]
    public void Inspect_EmpSts_IsIdentifiedWithUaiFromTextAndYearFromName_AndSaysItIsNotStsEmp()
    {
        var file = Inspect("sts/emp_sts_0769990A_2026.xml");

        Assert.True(file.Ok, file.Error?.Message);
        Assert.Equal((ExportKind.EdtSts, "0769990A", 2026), (file.Identity.Kind, file.Identity.Uai, file.Identity.SchoolYear));
        Assert.Contains(file.Warnings, w => w.Code == "FICHIER-EMP-STS");
    }

    [Fact]
    public void Read_EmpSts_CountsStructuresServicesCoursAndDistinctTeachers()
    {
        var counts = Inspect("sts/emp_sts_0769990A_2026.xml").Counts!;

        Assert.Equal(1, counts.Divisions);
        Assert.Equal(1, counts.Groupes);
        Assert.Equal(2, counts.Services);
        Assert.Equal(4, counts.Cours);
        Assert.Equal(2, counts.Enseignants);
    }

    [Fact]
    public void Read_EmpSts_ReadsAlternancesWithTheirWeeks()
    {
        var content = Assert.IsType<EdtStsExport>(Inspect("sts/emp_sts_0769990A_2026.xml").Content);

        Assert.Equal(["H", "Q1"], content.Alternances.Select(a => a.Code));
        var q1 = content.Alternances[1];
        Assert.Equal(("Sem. 1", "Semaine 1"), (q1.LibelleCourt, q1.LibelleLong));
        Assert.Equal([new DateOnly(2026, 8, 31), new DateOnly(2026, 9, 14)], q1.Semaines);
        Assert.Equal(3, content.Alternances[0].Semaines.Count);
    }

    [Fact]
    public void Read_EmpSts_ParsesHhmmStartTimesAndDurations()
    {
        var content = Assert.IsType<EdtStsExport>(Inspect("sts/emp_sts_0769990A_2026.xml").Content);

        var first = content.Cours[0];
        Assert.Equal(("3 A", false, "020700", "10001"), (first.StructureCode, first.SurGroupe, first.CodeMatiere, first.EnseignantId));
        Assert.Equal(("H", 1, new TimeOnly(8, 30), 90, "S101"), (first.CodeAlternance, first.Jour!.Value, first.HeureDebut!.Value, first.DureeMinutes!.Value, first.CodeSalle));
        var second = content.Cours[1];
        Assert.Equal(("Q1", 4, new TimeOnly(13, 40), 60), (second.CodeAlternance, second.Jour!.Value, second.HeureDebut!.Value, second.DureeMinutes!.Value));
        Assert.Null(second.CodeSalle);
        Assert.Equal(("10077", 55), (content.Cours[2].EnseignantId, content.Cours[2].DureeMinutes!.Value));
        var groupe = content.Cours[3];
        Assert.Equal(("3ALL2", true, "030102"), (groupe.StructureCode, groupe.SurGroupe, groupe.CodeMatiere));
    }

    [Fact]
    public void Read_UnreadableStartTime_IsKeptNullWithAWarningAndItsLine()
    {
        var file = Inspect("sts/emp_sts_0769990A_2026.xml");
        var content = Assert.IsType<EdtStsExport>(file.Content);

        var cours = content.Cours[3];
        Assert.Null(cours.HeureDebut);
        Assert.Equal(60, cours.DureeMinutes);
        var warning = Assert.Single(file.Warnings, w => w.Code == "STS-HEURE-ILLISIBLE");
        Assert.Contains("25h", warning.Message);
        Assert.Equal(cours.Line, warning.Line);
    }

    [Fact]
    public void Read_EmpStsServicesAndGroups_KeepTheirTeachersAndDivisions()
    {
        var content = Assert.IsType<EdtStsExport>(Inspect("sts/emp_sts_0769990A_2026.xml").Content);

        Assert.Equal(["10001", "10077"], content.Divisions[0].Services[0].Enseignants);
        Assert.Null(content.Services[0].CodeModCours);
        Assert.Equal(["3 A"], content.Groupes[0].Divisions);
    }

    [Fact]
    public void Read_EmpStsWithoutYearInNameOrHeader_TakesItFromTheFirstWeek()
    {
        var doc = Docs.Text("emploi.xml",
            "<EDT_STS><PARAMETRES><UAJ>0769990A</UAJ></PARAMETRES><DONNEES><ALTERNANCES><ALTERNANCE CODE=\"H\"><SEMAINES>" +
            "<DATE_DEBUT_SEMAINE>2027-01-04</DATE_DEBUT_SEMAINE><DATE_DEBUT_SEMAINE>2026-08-31</DATE_DEBUT_SEMAINE>" +
            "</SEMAINES></ALTERNANCE></ALTERNANCES></DONNEES></EDT_STS>");
        var inspected = Assert.Single(new ExportInspector(ExportReaderCatalog.CreateDefault()).Inspect(doc));

        Assert.Equal((ExportKind.EdtSts, "0769990A", 2026), (inspected.Identity.Kind, inspected.Identity.Uai, inspected.Identity.SchoolYear));
    }

    [Fact]
    public void Read_CourseWrittenStraightUnderItsService_IsKeptWithoutTeacher()
    {
        var doc = Docs.Text("x.xml",
            "<EDT_STS><DONNEES><STRUCTURE><DIVISIONS><DIVISION CODE=\"6E1\"><SERVICES><SERVICE CODE_MATIERE=\"100100\">" +
            "<COURS_RATTACHES><COURS><JOUR>5</JOUR><HEURE_DEBUT>1500</HEURE_DEBUT><DUREE>0200</DUREE></COURS></COURS_RATTACHES>" +
            "</SERVICE></SERVICES></DIVISION></DIVISIONS></STRUCTURE></DONNEES></EDT_STS>");
        var reader = ExportReaderCatalog.CreateDefault().For(ExportKind.EdtSts)!;

        var content = Assert.IsType<EdtStsExport>(reader.Read(doc, new(ExportKind.EdtSts, null, null, null)).Content);

        var cours = Assert.Single(content.Cours);
        Assert.Equal(("6E1", "100100", 5, new TimeOnly(15, 0), 120), (cours.StructureCode, cours.CodeMatiere, cours.Jour!.Value, cours.HeureDebut!.Value, cours.DureeMinutes!.Value));
        Assert.Null(cours.EnseignantId);
        Assert.Equal(0, content.Counts.Enseignants);
    }

    [Theory]
    [InlineData("0830", 8, 30)]
    [InlineData("0130", 1, 30)]
    [InlineData("1500", 15, 0)]
    [InlineData("830", 8, 30)]
    [InlineData("08:30", 8, 30)]
    [InlineData("08h30", 8, 30)]
    public void TryParseHhmm_ValidText_GivesHoursAndMinutes(string text, int hours, int minutes)
    {
        Assert.True(StsFields.TryParseHhmm(text, out var h, out var m));
        Assert.Equal((hours, minutes), (h, m));
    }

    [Theory]
    [InlineData("25h")]
    [InlineData("0875")]
    [InlineData("83")]
    [InlineData("08300")]
    [InlineData("8 h 30")]
    [InlineData("h830")]
    public void TryParseHhmm_InvalidText_Fails(string text)
    {
        Assert.False(StsFields.TryParseHhmm(text, out _, out _));
    }
}

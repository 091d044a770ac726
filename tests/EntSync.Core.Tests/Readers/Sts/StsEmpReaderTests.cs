using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Model.Sts;
using EntSync.Core.Readers;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Readers.Sts;

public sealed class StsEmpReaderTests
{
    private static InspectedFile Inspect(string relative) =>
        Assert.Single(new ExportInspector(ExportReaderCatalog.CreateDefault()).InspectFile(Samples.TestData(relative), keepContent: true));

    private static StsEmpExport Content(InspectedFile file) => Assert.IsType<StsEmpExport>(file.Content);

    [Fact]
    public void Inspect_SmallStsEmp_IsIdentifiedWithUaiFromAttributeAndYear()
    {
        var file = Inspect("sts/sts_emp_0769990A_2026.xml");

        Assert.True(file.Ok, file.Error?.Message);
        Assert.Equal((ExportKind.StsEmp, "0769990A", 2026), (file.Identity.Kind, file.Identity.Uai, file.Identity.SchoolYear));
        Assert.Equal(new DateTime(2026, 10, 5, 18, 2, 11), file.Identity.ExportDate);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Read_SmallStsEmp_CountsTeachersStructuresServicesAndSubjects()
    {
        var counts = Inspect("sts/sts_emp_0769990A_2026.xml").Counts!;

        Assert.Equal(1, counts.Enseignants);
        Assert.Equal(2, counts.Divisions);
        Assert.Equal(1, counts.Groupes);
        Assert.Equal(2, counts.Services);
        Assert.Equal(2, counts.Matieres);
        Assert.Null(counts.Eleves);
        Assert.Null(counts.Cours);
    }

    [Fact]
    public void Read_SmallStsEmp_ReadsIndividusWithLatin9NamesAndProfPrincipal()
    {
        var content = Content(Inspect("sts/sts_emp_0769990A_2026.xml"));

        var ens = content.Individus.Single(i => i.Id == "10001");
        Assert.Equal(("epp", "CŒURDEROY", "LEFÈVRE", "Zoë"), (ens.Type, ens.NomUsage, ens.NomPatronymique, ens.Prenom));
        Assert.Equal(("2", "2", "CERT. CN", "ENS"), (ens.Sexe, ens.Civilite, ens.Grade, ens.Fonction));
        Assert.Equal(new DateOnly(1979, 3, 14), ens.DateNaissance);
        Assert.Equal(new ProfPrincipal("3 A", new DateOnly(2026, 9, 1), new DateOnly(2027, 7, 4)), Assert.Single(ens.ProfsPrincipaux));
        Assert.Equal(["L0202"], ens.Disciplines);
        Assert.True(ens.IsEnseignant);

        var dir = content.Individus.Single(i => i.Id == "10002");
        Assert.Equal(("DIR", "Benoît", "D'ALMEIDA"), (dir.Fonction, dir.Prenom, dir.NomUsage));
        Assert.False(dir.IsEnseignant);
        Assert.Empty(dir.ProfsPrincipaux);
        Assert.True(dir.Line > ens.Line);
    }

    [Fact]
    public void Read_SmallStsEmp_ReadsNomenclaturesAndYearBounds()
    {
        var content = Content(Inspect("sts/sts_emp_0769990A_2026.xml"));

        Assert.Equal(new StsMatiere("020700", "FRANC", "FRANCAIS", "FRANÇAIS", "Français"), content.Matieres[0]);
        Assert.Equal(new StsMef("10310019110", "3EME", "3EME GENERALE", "3ème générale"), Assert.Single(content.Mefs));
        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2027, 7, 4)), (content.DebutAnnee!.Value, content.FinAnnee!.Value));
    }

    [Fact]
    public void Read_SmallStsEmp_ReadsDivisionServiceWithTwoTeachersKeepingInnerSpaces()
    {
        var content = Content(Inspect("sts/sts_emp_0769990A_2026.xml"));

        var division = content.Divisions[0];
        Assert.Equal(("3 A", "3EME A", 28), (division.Code, division.LibelleLong, division.EffectifPrevu!.Value));
        Assert.Equal(["10310019110"], division.Mefs);
        var service = Assert.Single(division.Services);
        Assert.Equal(("3 A", false, "020700", "CG"), (service.StructureCode, service.SurGroupe, service.CodeMatiere, service.CodeModCours));
        // 10077 has no INDIVIDU: a later check's business, not the reader's.
        Assert.Equal(["10001", "10077"], service.Enseignants);
        Assert.Empty(content.Divisions[1].Services);
        Assert.Same(service, content.Services[0]);
    }

    [Fact]
    public void Read_SmallStsEmp_ReadsGroupWithItsDivisions()
    {
        var content = Content(Inspect("sts/sts_emp_0769990A_2026.xml"));

        var groupe = Assert.Single(content.Groupes);
        Assert.Equal(("3ALL2", "ALLEMAND LV2 3EME", 19), (groupe.Code, groupe.LibelleLong, groupe.EffectifPrevu!.Value));
        Assert.Equal(["3 A", "3 B"], groupe.Divisions);
        Assert.Equal(["10310019110"], groupe.Mefs);
        var service = Assert.Single(groupe.Services);
        Assert.Equal(("3ALL2", true, "030102"), (service.StructureCode, service.SurGroupe, service.CodeMatiere));
        Assert.Equal(["10001"], service.Enseignants);
    }

    [Fact]
    public void Read_OrderVariantsAndUnknownElements_ReadsTheSameFields()
    {
        var file = Inspect("sts/sts_emp_variantes.xml");
        var content = Content(file);

        Assert.True(file.Ok, file.Error?.Message);
        // PARAMETRES after DONNEES: the identifier gives up at DONNEES, the reader completes the identity.
        Assert.Equal((ExportKind.StsEmp, "0769990A", 2026), (file.Identity.Kind, file.Identity.Uai, file.Identity.SchoolYear));
        var groupe = Assert.Single(content.Groupes);
        Assert.Equal(("4E1ES", "ESPAGNOL LV2 4E1"), (groupe.Code, groupe.LibelleLong));
        Assert.Equal(["4E1"], groupe.Divisions);
        Assert.Equal(["20001"], Assert.Single(groupe.Services).Enseignants);
        var division = Assert.Single(content.Divisions);
        Assert.Equal(("4E1", "4EME 1"), (division.Code, division.LibelleLong));
        Assert.Null(division.EffectifPrevu);
        Assert.Equal(["20001"], Assert.Single(division.Services).Enseignants);
        Assert.Null(Assert.Single(division.Services).CodeModCours);

        var ens = content.Individus[0];
        Assert.Equal(("20001", "BŒUF", "Maëlys", "ENS"), (ens.Id, ens.NomUsage, ens.Prenom, ens.Fonction));
        Assert.Null(ens.Grade);
        Assert.Null(ens.NomPatronymique);
        Assert.Equal(new DateOnly(1979, 3, 14), ens.DateNaissance);
        Assert.Equal("4E1", Assert.Single(ens.ProfsPrincipaux).CodeStructure);
        Assert.Null(content.Individus[1].DateNaissance);

        Assert.Equal("MATHÉMATIQUES", Assert.Single(content.Matieres).LibelleLong);
        Assert.Equal("10210001110", Assert.Single(content.Mefs).Code);
        Assert.Equal(2, content.Services.Count);
    }

    [Fact]
    public void Read_UnreadableValues_AreKeptNullWithALineAndACode()
    {
        var warnings = Inspect("sts/sts_emp_variantes.xml").Warnings;

        var date = Assert.Single(warnings, w => w.Code == "STS-DATE-ILLISIBLE");
        Assert.Contains("pas de date", date.Message);
        Assert.NotNull(date.Line);
        var number = Assert.Single(warnings, w => w.Code == "STS-NOMBRE-ILLISIBLE");
        Assert.Contains("EFFECTIF_PREVU", number.Message);
    }

    [Fact]
    public void Inspect_TruncatedStsEmp_FailsWithAFrenchMessageAndALine()
    {
        var file = Inspect("sts/sts_emp_tronque.xml");

        Assert.False(file.Ok);
        Assert.Equal(ExportKind.StsEmp, file.Identity.Kind);
        Assert.NotNull(file.Error);
        Assert.Contains("tronqué", file.Error!.Message);
        Assert.Contains("DIVISIONS", file.Error.Message);
        Assert.NotNull(file.Error.Line);
        Assert.True(file.Error.Line >= 96);
    }

    [Fact]
    public void Read_EmpStsGivenToStsEmpReader_RefusesInFrench()
    {
        var doc = Docs.Text("x.xml", "<EDT_STS><PARAMETRES><UAJ>0769990A</UAJ></PARAMETRES></EDT_STS>");
        var reader = ExportReaderCatalog.CreateDefault().For(ExportKind.StsEmp)!;

        var ex = Assert.Throws<ExportReadException>(() => reader.Read(doc, new(ExportKind.StsEmp, null, null, null)));

        Assert.Contains("EDT_STS", ex.Message);
        Assert.Contains("STS_EDT", ex.Message);
    }

    [Fact]
    public void Read_ManyUnreadableDates_KeepsTwentyAndSummarisesTheRest()
    {
        var individus = string.Concat(Enumerable.Range(1, 25).Select(i =>
            $"<INDIVIDU ID=\"{i}\"><FONCTION>ENS</FONCTION><DATE_NAISSANCE>??</DATE_NAISSANCE></INDIVIDU>"));
        var doc = Docs.Text("x.xml", $"<STS_EDT><DONNEES><INDIVIDUS>{individus}</INDIVIDUS></DONNEES></STS_EDT>");
        var reader = ExportReaderCatalog.CreateDefault().For(ExportKind.StsEmp)!;

        var result = reader.Read(doc, new(ExportKind.StsEmp, null, null, null));

        Assert.Equal(25, result.Content.Counts.Enseignants);
        Assert.Equal(21, result.Warnings.Count);
        Assert.Contains("5 autre", result.Warnings[^1].Message);
    }
}

using EntSync.Core.Rules;
using EntSync.Core.Rules.Siecle;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Siecle.SiecleFixtures;

namespace EntSync.Core.Tests.Rules.Siecle;

public sealed class EleveDoublonRuleTests
{
    private readonly EleveDoublonRule _rule = new();

    [Fact]
    public void Evaluate_GeneratedDuplicatePupil_FlagsBothElevesIds()
    {
        var pair = GeneratedSnapshots.Pair(60, 5, "SIECLE-ELEVE-DOUBLON");
        var eleves = pair.Current.Eleves!.Eleves;
        var (original, copy) = (eleves[2], eleves[^1]);

        var anomaly = Assert.Single(Run(_rule, pair));

        Assert.Equal("SIECLE-ELEVE-DOUBLON", anomaly.Code);
        Assert.Equal($"ELEVE_ID:{original.EleveId}+{copy.EleveId}", anomaly.Subject);
        Assert.Contains($"même INE {original.Ine}", anomaly.Message);
        Assert.Contains("mêmes nom, prénom et date de naissance", anomaly.Message);
        Assert.Contains($"{original.NomDeFamille} {original.Prenom}", anomaly.Message);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(Run(_rule, GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void Evaluate_SameIneOnTwoDifferentPupils_Flags()
    {
        var a = Eleve("10") with { Ine = "123456789AB" };
        var b = Eleve("11", "DUPONT", "Paul") with { Ine = "123456789ab", CodeSexe = "1", DateNaiss = new DateOnly(2013, 1, 2) };

        var anomaly = Assert.Single(Run(_rule, School([a, b, Eleve("12", prenom: "Zoé")])));

        Assert.Equal("ELEVE_ID:10+11", anomaly.Subject);
        Assert.Contains("2 fiches pour un même élève (même INE 123456789AB)", anomaly.Message);
        Assert.Contains("MARTIN Léa (née le 12/03/2014, 6E2) ; DUPONT Paul (né le 02/01/2013, 6E2)", anomaly.Message);
    }

    [Fact]
    public void Evaluate_SameNameTypedDifferentlyAndBirthDateWithoutIne_Flags()
    {
        var importee = Eleve("10", "N'DIAYE", "Maëlys");
        var saisieMain = Eleve("11", "n diaye", "MAELYS", division: null) with { Ine = null };

        var anomaly = Assert.Single(Run(_rule, School([importee, saisieMain])));

        Assert.Equal("ELEVE_ID:10+11", anomaly.Subject);
        Assert.Contains("(mêmes nom, prénom et date de naissance)", anomaly.Message);
        Assert.Contains("sans classe", anomaly.Message);
    }

    [Fact]
    public void Evaluate_UsageNameOnOneFicheFamilyNameOnTheOther_Flags()
    {
        var a = Eleve("10", "DURAND") with { NomUsage = "MARTIN" };
        var b = Eleve("11", "MARTIN");

        Assert.Equal("ELEVE_ID:10+11", Assert.Single(Run(_rule, School([a, b]))).Subject);
    }

    [Fact]
    public void Evaluate_HomonymsBornOnDifferentDaysOrTwins_FlagsNothing()
    {
        var a = Eleve("10");
        var homonyme = Eleve("11") with { DateNaiss = new DateOnly(2014, 3, 13) };
        var jumelle = Eleve("12", prenom: "Zoé");

        Assert.Empty(Run(_rule, School([a, homonyme, jumelle])));
    }

    [Fact]
    public void Evaluate_BothFichesLeft_FlagsNothing()
    {
        var a = Eleve("10") with { DateSortie = new DateOnly(2026, 7, 4) };
        var b = Eleve("11", division: SiecleEleves.Inactifs) with { Ine = a.Ine };

        Assert.Empty(Run(_rule, School([a, b])));
    }

    [Fact]
    public void MissingInput_NoPupilExport_SaysWhich()
    {
        Assert.Equal("pas d'export reçu : SIECLE – élèves", _rule.MissingInput(new SnapshotPair(School(null, [Personne("1")]), null)));
    }

    [SampleFact]
    public void Evaluate_PixDuplicateNationalStudentId_FlagsTheTwoFiches()
    {
        var snapshot = SiecleSampleSnapshots.Of("siecle-bee/pix/siecle-with-duplicate-national-student-id.xml");

        var anomaly = Assert.Single(_rule.Evaluate(new SnapshotPair(snapshot, null), Settings));

        Assert.Equal("ELEVE_ID:0001+0002", anomaly.Subject);
        Assert.Contains("même INE 00000000123", anomaly.Message);
        Assert.Contains("HANDMADE Luciole", anomaly.Message);
        Assert.Contains("COJAUNE Harry", anomaly.Message);
    }
}

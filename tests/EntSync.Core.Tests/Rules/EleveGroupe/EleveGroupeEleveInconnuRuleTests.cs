using EntSync.Core.Rules;
using EntSync.Core.Rules.EleveGroupe;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.EdtEleves.PupilFixtures;
using static EntSync.Core.Tests.Rules.EleveGroupe.EleveGroupeFixtures;

namespace EntSync.Core.Tests.Rules.EleveGroupe;

public sealed class EleveGroupeEleveInconnuRuleTests
{
    private readonly EleveGroupeEleveInconnuRule _rule = new();

    private List<Anomaly> Run(SnapshotPair pair) => _rule.Evaluate(pair, Settings).ToList();

    [Fact]
    public void Evaluate_PupilSiecleCannotFind_IsReportedUnderTheFileId()
    {
        var file = EleveGroupeFile(
            GroupePupil("1000001", "MARTIN", "Léa", "2014-03-12", "6E1ES"),
            GroupePupil("1000999", "DUPONT", "Jules", "2014-06-30", "6E1ES", "6E1LAT"));

        var anomaly = Assert.Single(Run(Pair(file, Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12")))));

        Assert.Equal("ELEGROUPE-ELEVE-INCONNU", anomaly.Code);
        Assert.Equal("ELEVE_ID:1000999", anomaly.Subject);
        Assert.Contains("DUPONT Jules (né(e) le 30/06/2014)", anomaly.Message);
        Assert.Contains("(ELEVE_ID 1000999)", anomaly.Message);
        Assert.Contains("ses liens avec les groupes 6E1ES, 6E1LAT", anomaly.Message);
        Assert.Equal([FileName, "ElevesSansAdresses.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_StaleIdButSameNamesAndBirth_IsFoundLikeSiecleDoes()
    {
        var file = EleveGroupeFile(GroupePupil("1000999", "Martin", "Léa", "2014-03-12", "6E1ES"));

        Assert.Empty(Run(Pair(file, Eleves(SiecleEleve("1000001", "MARTIN", "LEA", "2014-03-12")))));
    }

    [Fact]
    public void Evaluate_PupilIdentifiedByIne_KeysTheSubjectByIne()
    {
        var file = EleveGroupeFile(GroupePupil(null, "X", "Y", "2014-01-01", "6E1ES") with { IdNational = "123456789ZZ" });

        Assert.Equal("INE:123456789ZZ", Assert.Single(Run(Pair(file, Eleves()))).Subject);
    }

    [Fact]
    public void Evaluate_InjectedPupilUnknownToSiecle_IsDetected()
    {
        var anomaly = Assert.Single(Run(GeneratedSnapshots.Pair(60, 5, "ELEGROUPE-ELEVE-INCONNU")));

        Assert.Equal("ELEVE_ID:1000060", anomaly.Subject);
        Assert.Contains("SAISIE-EDT Maëlle", anomaly.Message);
    }

    [Fact]
    public void Evaluate_GeneratedSchool_SiecleFindsEveryPupil()
    {
        Assert.Empty(Run(GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void MissingInput_NoFileOrNoSiecle_SaysWhich()
    {
        Assert.Contains("Liens élève-groupe", _rule.MissingInput(Pair(null, Eleves())));
        Assert.Contains("SIECLE – élèves", _rule.MissingInput(Pair(EleveGroupeFile())));
        Assert.Null(_rule.MissingInput(Pair(EleveGroupeFile(), Eleves())));
    }
}

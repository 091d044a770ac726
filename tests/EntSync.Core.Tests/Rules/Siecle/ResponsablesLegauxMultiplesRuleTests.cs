using EntSync.Core.Rules;
using EntSync.Core.Rules.Siecle;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Siecle.SiecleFixtures;

namespace EntSync.Core.Tests.Rules.Siecle;

public sealed class ResponsablesLegauxMultiplesRuleTests
{
    private readonly ResponsablesLegauxMultiplesRule _rule = new();

    [Fact]
    public void Evaluate_GeneratedThirdLegalGuardian_FlagsThePupil()
    {
        var pair = GeneratedSnapshots.Pair(60, 5, "SIECLE-RESPONSABLES-LEGAUX-MULTIPLES");
        var eleve = pair.Current.Eleves!.Eleves[5];

        var anomaly = Assert.Single(Run(_rule, pair));

        Assert.Equal("SIECLE-RESPONSABLES-LEGAUX-MULTIPLES", anomaly.Code);
        Assert.Equal($"ELEVE_ID:{eleve.EleveId}", anomaly.Subject);
        Assert.Contains("a 3 responsables légaux", anomaly.Message);
        Assert.Contains("M. VASSEUR Octave", anomaly.Message);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(Run(_rule, GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void Evaluate_ThreeLegalLinks_NamesTheThree()
    {
        var personnes = new[] { Personne("2001"), Personne("2002", prenom: "Paul", civilite: "M."), Personne("2003", "ROY", "Anne") };
        var snapshot = School([Eleve("10")], personnes, [Lien("10", "2001"), Lien("10", "2002"), Lien("10", "2003")]);

        var anomaly = Assert.Single(Run(_rule, snapshot));

        Assert.Equal("ELEVE_ID:10", anomaly.Subject);
        Assert.Equal("MARTIN Léa (née le 12/03/2014, 6E2) a 3 responsables légaux : MME MARTIN Sophie, M. MARTIN Paul, MME ROY Anne — ResponsablesAvecAdresses.xml.",
            anomaly.Message);
    }

    [Fact]
    public void Evaluate_TwoLegalAndOthersInCharge_FlagsNothing()
    {
        var personnes = new[] { Personne("2001"), Personne("2002"), Personne("2003"), Personne("2004") };
        var liens = new[] { Lien("10", "2001"), Lien("10", "2002"), Lien("10", "2003", niveau: 2), Lien("10", "2004", niveau: 3), Lien("10", "2001") };

        Assert.Empty(Run(_rule, School([Eleve("10")], personnes, liens)));
    }

    [Fact]
    public void Evaluate_OldLayoutTwoLegal1_Flags()
    {
        var snapshot = School([Eleve("10")], [Personne("2001"), Personne("2002", "ROY")], [LienAncien("10", "2001", 1), LienAncien("10", "2002", 1)]);

        var anomaly = Assert.Single(Run(_rule, snapshot));

        Assert.Contains("a deux « responsable légal 1 » : MME MARTIN Sophie, MME ROY Sophie", anomaly.Message);
    }

    [Fact]
    public void Evaluate_OldLayoutLegal1And2_FlagsNothing()
    {
        var snapshot = School([Eleve("10")], [Personne("2001"), Personne("2002")], [LienAncien("10", "2001", 1), LienAncien("10", "2002", 2), LienAncien("10", "2003", 0)]);

        Assert.Empty(Run(_rule, snapshot));
    }

    [Fact]
    public void Evaluate_Leaver_FlagsNothing()
    {
        var sorti = Eleve("10") with { DateSortie = new DateOnly(2026, 7, 4) };

        Assert.Empty(Run(_rule, School([sorti], [], [Lien("10", "2001"), Lien("10", "2002"), Lien("10", "2003")])));
    }

    [Fact]
    public void MissingInput_EitherExportAbsent_SaysWhich()
    {
        Assert.Equal("pas d'export reçu : SIECLE – responsables", _rule.MissingInput(new SnapshotPair(School([Eleve("1")]), null)));
        Assert.Equal("pas d'export reçu : SIECLE – élèves", _rule.MissingInput(new SnapshotPair(School(null, [Personne("1")]), null)));
    }
}

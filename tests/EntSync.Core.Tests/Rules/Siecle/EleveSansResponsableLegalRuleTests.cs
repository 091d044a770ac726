using EntSync.Core.Rules;
using EntSync.Core.Rules.Siecle;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Siecle.SiecleFixtures;

namespace EntSync.Core.Tests.Rules.Siecle;

public sealed class EleveSansResponsableLegalRuleTests
{
    private readonly EleveSansResponsableLegalRule _rule = new();

    [Fact]
    public void Evaluate_GeneratedPupilWithoutLegalGuardian_FlagsIt()
    {
        var pair = GeneratedSnapshots.Pair(60, 5, "SIECLE-ELEVE-SANS-RESPONSABLE-LEGAL");
        var eleve = pair.Current.Eleves!.Eleves[^2];

        var anomaly = Assert.Single(Run(_rule, pair));

        Assert.Equal("SIECLE-ELEVE-SANS-RESPONSABLE-LEGAL", anomaly.Code);
        Assert.Equal($"ELEVE_ID:{eleve.EleveId}", anomaly.Subject);
        Assert.Contains($"{eleve.NomDeFamille} {eleve.Prenom}", anomaly.Message);
        Assert.Equal(2, anomaly.Files.Count);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(Run(_rule, GeneratedSnapshots.Pair()));
    }

    [Fact]
    public void Evaluate_OnlyContactPersons_FlagsSayingSo()
    {
        var snapshot = School([Eleve("10")], [Personne("2001"), Personne("2002")], [Lien("10", "2001", niveau: 3), Lien("10", "2002", niveau: 2)]);

        var anomaly = Assert.Single(Run(_rule, snapshot));

        Assert.Equal("ELEVE_ID:10", anomaly.Subject);
        Assert.Contains("MARTIN Léa (née le 12/03/2014, 6E2) n'a pas de responsable légal : ses responsables sont tous « en charge »", anomaly.Message);
    }

    [Fact]
    public void Evaluate_NoLinkAtAllOrLinkToMissingFiche_FlagsBothWithTheirCause()
    {
        var snapshot = School([Eleve("10"), Eleve("11", prenom: "Zoé")], [Personne("2001")], [Lien("11", "2999")]);

        var anomalies = Run(_rule, snapshot);

        Assert.Equal(["ELEVE_ID:10", "ELEVE_ID:11"], anomalies.Select(a => a.Subject));
        Assert.Contains("aucun responsable n'est rattaché à sa fiche", anomalies[0].Message);
        Assert.Contains("fiche absente de l'export des responsables (PERSONNE_ID 2999)", anomalies[1].Message);
    }

    [Fact]
    public void Evaluate_LegalLinkInEitherLayout_FlagsNothing()
    {
        var snapshot = School([Eleve("10"), Eleve("11", prenom: "Zoé")], [Personne("2001"), Personne("2002")],
            [Lien("10", "2001"), LienAncien("11", "2002", respLegal: 2)]);

        Assert.Empty(Run(_rule, snapshot));
    }

    [Fact]
    public void Evaluate_LeaverWithoutGuardian_FlagsNothing()
    {
        Assert.Empty(Run(_rule, School([Eleve("10") with { DateSortie = new DateOnly(2026, 10, 1) }], [], [])));
    }

    [Fact]
    public void MissingInput_EitherExportAbsent_SaysWhich()
    {
        Assert.Equal("pas d'export reçu : SIECLE – responsables", _rule.MissingInput(new SnapshotPair(School([Eleve("1")]), null)));
        Assert.Equal("pas d'export reçu : SIECLE – élèves", _rule.MissingInput(new SnapshotPair(School(null, [Personne("1")]), null)));
    }
}

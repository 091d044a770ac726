using EntSync.Core.Rules;
using EntSync.Core.Rules.Catalog;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Catalog;

/// <summary>
/// The catalogue as a whole: every code has a rule, an injection in the generator, and the full set of rules detects
/// each injection; a school generated without injections raises no Erreur.
/// </summary>
public sealed class AnomalyCatalogCoverageTests
{
    /// <summary>Codes raised while grouping files, before any generator can plant them in a school's data.</summary>
    private static readonly HashSet<string> FileLevelCodes = ["FICHIER-ILLISIBLE", "FICHIER-AUTRE-ETABLISSEMENT", "FICHIER-AUTRE-ANNEE", "FICHIER-INATTENDU",
        // The flow of exports, known to the service only (SilentSourceRuleTests).
        "SOURCE-MUETTE"];

    /// <summary>Codes raised by the relay from what became of a sent file, not by a rule over the exports.</summary>
    private static readonly HashSet<string> RelayCodes = EntAnomalies.All.Select(d => d.Code).ToHashSet();

    private static readonly RuleRunner Runner = new(AnomalyRules.CreateDefault());

    public static TheoryData<string> InjectableCodes() =>
        new(AnomalyCatalog.All.Select(d => d.Code).Where(c => !FileLevelCodes.Contains(c) && !RelayCodes.Contains(c)));

    [Fact]
    public void Catalogue_CodesAreUniqueAndEachHasARule()
    {
        var codes = AnomalyCatalog.All.Select(d => d.Code).Where(c => !RelayCodes.Contains(c)).ToList();
        var produced = AnomalyRules.CreateDefault().SelectMany(r => r.Codes).ToHashSet();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal([], codes.Where(c => !produced.Contains(c)).ToArray());
        Assert.Equal([], produced.Where(c => AnomalyCatalog.Find(c) is null).ToArray());
    }

    [Fact]
    public void Catalogue_EveryDefinitionHasFrenchTitleAndRemedy()
    {
        Assert.All(AnomalyCatalog.All, d =>
        {
            Assert.Matches("^[A-Z]+(-[A-Z0-9]+)+$", d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.True(d.Remedy.Length > 60, $"{d.Code}: remède trop court");
        });
    }

    [Theory]
    [MemberData(nameof(InjectableCodes))]
    public void Generator_InjectedCode_IsDetectedByTheFullRuleSet(string code)
    {
        Assert.NotNull(EntSync.Generator.Anomalies.AnomalyCatalog.Find(code));

        var result = Runner.Run(GeneratedSnapshots.Pair(120, 5, code));

        Assert.Contains(result.Anomalies, a => a.Code == code);
        Assert.Empty(result.FailedRules);
    }

    [Theory]
    [InlineData(60, 5)]
    [InlineData(300, 17)]
    [InlineData(1500, 2)]
    public void Generator_CleanSchool_RaisesNoAnomalyAtAll(int pupils, int seed)
    {
        var result = Runner.Run(GeneratedSnapshots.Pair(pupils, seed));

        Assert.Empty(result.Anomalies);
        Assert.Empty(result.FailedRules);
    }
}

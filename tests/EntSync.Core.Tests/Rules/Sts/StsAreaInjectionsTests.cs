using EntSync.Core.Rules;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Sts;

/// <summary>Each injection of the STS/structure area raises its own code and no other code of the area; a clean school none.</summary>
public sealed class StsAreaInjectionsTests
{
    private static readonly IReadOnlyList<IAnomalyRule> Rules =
    [
        new Core.Rules.Sts.InvalidStructureNameRule(), new Core.Rules.Sts.TeacherWithoutServiceRule(),
        new Core.Rules.Sts.StructureWithoutServiceRule(), new Core.Rules.Sts.StaleStsExportRule(),
        new Core.Rules.Structures.UnknownDivisionRule(), new Core.Rules.Structures.UnknownGroupRule(),
    ];

    private static readonly CheckSettings Settings = CheckSettings.Default with { Today = new DateOnly(2026, 10, 6) };

    private static List<string> Codes(SnapshotPair pair)
    {
        var result = new RuleRunner(Rules, Settings).Run(pair);
        Assert.Empty(result.FailedRules);
        Assert.Empty(result.ChecksNotRun);
        return result.Anomalies.Select(a => a.Code).ToList();
    }

    [Theory]
    [InlineData("STS-NOM-STRUCTURE-INVALIDE")]
    [InlineData("STS-ENSEIGNANT-SANS-SERVICE")]
    [InlineData("STS-STRUCTURE-SANS-SERVICE")]
    [InlineData("STS-EXPORT-ANCIEN")]
    [InlineData("STRUCTURE-DIVISION-INCONNUE")]
    [InlineData("STRUCTURE-GROUPE-INCONNU")]
    public void Run_OneInjection_RaisesOnlyItsCode(string code)
    {
        Assert.Equal([code], Codes(GeneratedSnapshots.Pair(60, 5, code)));
    }

    [Theory]
    [InlineData(60, 5)]
    [InlineData(400, 11)]
    public void Run_CleanGeneratedSchool_RaisesNothingOfTheArea(int pupils, int seed)
    {
        Assert.Empty(Codes(GeneratedSnapshots.Pair(pupils, seed)));
    }

    [Fact]
    public void CreateDefault_RegistersEveryRuleOfTheArea()
    {
        var registered = AnomalyRules.CreateDefault().Select(r => r.GetType()).ToHashSet();

        Assert.All(Rules, r => Assert.Contains(r.GetType(), registered));
    }
}

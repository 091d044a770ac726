using EntSync.Core.Rules;
using EntSync.Core.Rules.Siecle;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Siecle;

/// <summary>Each SIECLE injection of the generator raises its own code and no other SIECLE code; a clean school none.</summary>
public sealed class SiecleInjectionsTests
{
    private static readonly IReadOnlyList<IAnomalyRule> Rules =
    [
        new ResponsableDoublonRule(), new EleveDoublonRule(), new EleveSansIneRule(), new EleveIncompletRule(), new EleveSansDivisionRule(),
        new EleveSansResponsableLegalRule(), new ResponsablesLegauxMultiplesRule(), new ResponsableSansContactRule(),
    ];

    public static TheoryData<string> Codes => new(Rules.SelectMany(r => r.Codes));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Generate_OneSiecleAnomaly_RaisesThatCodeOnly(string code)
    {
        var result = new RuleRunner(Rules).Run(GeneratedSnapshots.Pair(60, 5, code));

        Assert.Empty(result.ChecksNotRun);
        Assert.Empty(result.FailedRules);
        Assert.Equal([code], result.Anomalies.Select(a => a.Code).Distinct());
    }

    [Theory]
    [InlineData(60, 5)]
    [InlineData(700, 11)]
    [InlineData(2500, 3)]
    public void Generate_CleanSchool_RaisesNoSiecleAnomaly(int pupils, int seed)
    {
        var result = new RuleRunner(Rules).Run(GeneratedSnapshots.Pair(pupils, seed));

        Assert.Empty(result.FailedRules);
        Assert.Empty(result.Anomalies);
    }

    [Fact]
    public void CreateDefault_RegistersEverySiecleRule()
    {
        var registered = AnomalyRules.CreateDefault().SelectMany(r => r.Codes).ToHashSet();

        Assert.All(Rules.SelectMany(r => r.Codes), code => Assert.Contains(code, registered));
    }
}

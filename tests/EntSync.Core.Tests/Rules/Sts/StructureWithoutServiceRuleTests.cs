using EntSync.Core.Model;
using EntSync.Core.Model.Sts;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Sts;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Sts.StsData;

namespace EntSync.Core.Tests.Rules.Sts;

public sealed class StructureWithoutServiceRuleTests
{
    private readonly StructureWithoutServiceRule _rule = new();

    private List<Anomaly> Run(StsEmpExport emp) =>
        _rule.Evaluate(new SnapshotPair(new SnapshotBuilder().With(ExportKind.StsEmp, emp).Build(), null), CheckSettings.Default).ToList();

    [Fact]
    public void Evaluate_GeneratedGroupWithoutService_IsFlagged()
    {
        var anomaly = Assert.Single(_rule.Evaluate(GeneratedSnapshots.Pair(60, 5, "STS-STRUCTURE-SANS-SERVICE"), CheckSettings.Default));

        Assert.Equal("STS-STRUCTURE-SANS-SERVICE", anomaly.Code);
        Assert.Equal("GROUPE:3E1AL", anomaly.Subject);
        Assert.Contains("aucun service", anomaly.Message);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(_rule.Evaluate(GeneratedSnapshots.Pair(), CheckSettings.Default));
    }

    [Fact]
    public void Evaluate_DivisionAndGroupWithoutService_AreFlaggedSeparately()
    {
        var emp = Emp([Division("3A", Service("3A", false, "1")), Division("3B")], [Groupe("3BLAT")], [Enseignant("1", "DUPONT")]);

        var anomalies = Run(emp);

        Assert.Equal(["DIVISION:3B", "GROUPE:3BLAT"], anomalies.Select(a => a.Subject));
        Assert.StartsWith("Division « 3B »", anomalies[0].Message);
        Assert.StartsWith("Groupe « 3BLAT »", anomalies[1].Message);
    }

    [Fact]
    public void Evaluate_ServicesWithoutAnyTeacher_CountAsNone()
    {
        var emp = Emp([Division("3A", Service("3A", false), Service("3A", false))], [], []);

        var anomaly = Assert.Single(Run(emp));

        Assert.Contains("2 services, tous sans enseignant", anomaly.Message);
    }

    [Fact]
    public void Evaluate_OneServiceWithATeacher_IsEnough()
    {
        var emp = Emp([Division("3A", Service("3A", false), Service("3A", false, "1"))], [], [Enseignant("1", "DUPONT")]);

        Assert.Empty(Run(emp));
    }

    [Fact]
    public void MissingInput_NoStsEmp_SaysSo()
    {
        var snapshot = new SnapshotBuilder().With(ExportKind.SiecleEleves, Eleves()).Build();

        Assert.Contains("sts_emp", _rule.MissingInput(new SnapshotPair(snapshot, null)));
    }
}

using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Sts;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Sts.StsData;

namespace EntSync.Core.Tests.Rules.Sts;

public sealed class TeacherWithoutServiceRuleTests
{
    private readonly TeacherWithoutServiceRule _rule = new();

    private List<Anomaly> Run(EntSync.Core.Model.Sts.StsEmpExport emp) =>
        _rule.Evaluate(new SnapshotPair(new SnapshotBuilder().With(ExportKind.StsEmp, emp, file: "sts_emp_0769990A_2026.xml").Build(), null),
            CheckSettings.Default).ToList();

    [Fact]
    public void Evaluate_GeneratedTeacherWithoutService_IsFlagged()
    {
        var anomaly = Assert.Single(_rule.Evaluate(GeneratedSnapshots.Pair(60, 5, "STS-ENSEIGNANT-SANS-SERVICE"), CheckSettings.Default));

        Assert.Equal("STS-ENSEIGNANT-SANS-SERVICE", anomaly.Code);
        Assert.StartsWith("INDIVIDU:", anomaly.Subject);
        Assert.Contains("SANS-SERVICE", anomaly.Message);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(_rule.Evaluate(GeneratedSnapshots.Pair(), CheckSettings.Default));
    }

    [Fact]
    public void Evaluate_TeacherInNoService_IsNamedWithBirthDateAndFile()
    {
        var emp = Emp([Division("3A", Service("3A", false, "1"))], [], [Enseignant("1", "DUPONT"), Enseignant("2", "ULIS", "Anne")]);

        var anomaly = Assert.Single(Run(emp));

        Assert.Equal("INDIVIDU:2", anomaly.Subject);
        Assert.Contains("ULIS Anne (née le 03/04/1980)", anomaly.Message);
        Assert.Contains("sts_emp_0769990A_2026.xml", anomaly.Message);
        Assert.Equal(["sts_emp_0769990A_2026.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_ServiceOnAGroupOrSharedByTwo_Counts()
    {
        var emp = Emp([Division("3A")], [Groupe("3ALAT", Service("3ALAT", true, "1", "2"))], [Enseignant("1", "DUPONT"), Enseignant("2", "MARTIN")]);

        Assert.Empty(Run(emp));
    }

    [Fact]
    public void Evaluate_StaffWhoAreNotTeachers_AreNotFlagged()
    {
        var emp = Emp([Division("3A", Service("3A", false, "1"))], [],
            [Enseignant("1", "DUPONT"), Enseignant("2", "PRINCIPAL") with { Fonction = "DIR" }, Enseignant("3", "CPE") with { Fonction = "EDU" }]);

        Assert.Empty(Run(emp));
    }

    [Fact]
    public void MissingInput_NoStsEmp_SaysSo()
    {
        var snapshot = new SnapshotBuilder().With(ExportKind.SiecleStructures, StructuresXml(["3A"], [])).Build();

        Assert.Contains("sts_emp", _rule.MissingInput(new SnapshotPair(snapshot, null)));
    }
}

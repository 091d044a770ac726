using EntSync.Core.Model;
using EntSync.Core.Model.Sts;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Sts;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Sts.StsData;

namespace EntSync.Core.Tests.Rules.Sts;

public sealed class InvalidStructureNameRuleTests
{
    private readonly InvalidStructureNameRule _rule = new();

    private List<Anomaly> Run(SnapshotBuilder builder) => _rule.Evaluate(new SnapshotPair(builder.Build(), null), CheckSettings.Default).ToList();

    [Fact]
    public void Evaluate_GeneratedGroupWithSlash_FlagsItOnceWithEveryFile()
    {
        var anomaly = Assert.Single(_rule.Evaluate(GeneratedSnapshots.Pair(60, 5, "STS-NOM-STRUCTURE-INVALIDE"), CheckSettings.Default));

        Assert.Equal("STS-NOM-STRUCTURE-INVALIDE", anomaly.Code);
        Assert.Equal("GROUPE:6E1/ES", anomaly.Subject);
        Assert.Contains("« / »", anomaly.Message);
        Assert.Contains("sts_emp_", anomaly.Message);
        Assert.Contains("Structures.xml", anomaly.Message);
        Assert.Contains("emp_sts_", anomaly.Message);
        Assert.Equal(3, anomaly.Files.Count);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(_rule.Evaluate(GeneratedSnapshots.Pair(), CheckSettings.Default));
    }

    [Fact]
    public void Evaluate_CodesSeenInRealFiles_AreAccepted()
    {
        // FORMATS.md §16.4: inner spaces, lower case, leading underscore, hyphen.
        var builder = new SnapshotBuilder().With(ExportKind.StsEmp, Emp(["3 A", "4e 1", "_301P1", "1S3"], ["3A-LAT", "4E_ESP"]));

        Assert.Empty(Run(builder));
    }

    [Theory]
    [InlineData("3A/LAT", "le caractère « / »")]
    [InlineData("4E.ESP", "le caractère « . »")]
    [InlineData("3ÈME A", "le caractère « È »")]
    [InlineData("3A(1)", "les caractères « ( », « ) »")]
    [InlineData("3A\u00A0B", "espace insécable")]
    public void Evaluate_RefusedCharacter_IsNamedInTheMessage(string code, string expected)
    {
        var anomaly = Assert.Single(Run(new SnapshotBuilder().With(ExportKind.StsEmp, Emp([], [code]))));

        Assert.Equal($"GROUPE:{code}", anomaly.Subject);
        Assert.Contains(expected, anomaly.Message);
        Assert.StartsWith($"Groupe « {code} »", anomaly.Message);
    }

    [Fact]
    public void Evaluate_DivisionOnlyInStructuresXml_IsFlaggedWithThatFile()
    {
        var builder = new SnapshotBuilder()
            .With(ExportKind.StsEmp, Emp(["3A"], []), file: "sts_emp_0769990A_2026.xml")
            .With(ExportKind.SiecleStructures, StructuresXml(["3A", "3*B"], []), file: "Structures.xml");

        var anomaly = Assert.Single(Run(builder));

        Assert.Equal("DIVISION:3*B", anomaly.Subject);
        Assert.Equal(["Structures.xml"], anomaly.Files);
        Assert.StartsWith("Division « 3*B »", anomaly.Message);
    }

    [Fact]
    public void Evaluate_GroupOfTheUploadToSts_IsFlagged()
    {
        var empSts = new EdtStsExport { Groupes = [new StsGroupe { Code = "3A+3B" }] };
        var builder = new SnapshotBuilder().With(ExportKind.StsEmp, Emp(["3A"], [])).With(ExportKind.EdtSts, empSts, file: "emp_sts_0769990A_2026.xml");

        var anomaly = Assert.Single(Run(builder));

        Assert.Equal("GROUPE:3A+3B", anomaly.Subject);
        Assert.Equal(["emp_sts_0769990A_2026.xml"], anomaly.Files);
    }

    [Fact]
    public void MissingInput_NoStsEmp_SaysSo()
    {
        var snapshot = new SnapshotBuilder().With(ExportKind.SiecleStructures, StructuresXml(["3/A"], [])).Build();

        Assert.Contains("sts_emp", _rule.MissingInput(new SnapshotPair(snapshot, null)));
        Assert.Null(_rule.MissingInput(GeneratedSnapshots.Pair()));
    }
}

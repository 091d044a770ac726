using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Structures;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Sts.StsData;

namespace EntSync.Core.Tests.Rules.Structures;

public sealed class UnknownGroupRuleTests
{
    private static readonly CheckSettings Settings = CheckSettings.Default with { Today = new DateOnly(2026, 10, 6) };

    private readonly UnknownGroupRule _rule = new();

    private static SnapshotBuilder Build(string[] stsGroupes, params Core.Model.Siecle.Eleve[] eleves) => new SnapshotBuilder()
        .With(ExportKind.StsEmp, Emp(["3A"], stsGroupes), file: "sts_emp_0769990A_2026.xml")
        .With(ExportKind.SiecleEleves, Eleves(eleves), file: "ElevesSansAdresses.xml");

    private List<Anomaly> Run(SnapshotBuilder builder) => _rule.Evaluate(new SnapshotPair(builder.Build(), null), Settings).ToList();

    [Fact]
    public void Evaluate_GeneratedPupilInUnknownGroup_IsFlaggedWithThePupil()
    {
        var anomaly = Assert.Single(_rule.Evaluate(GeneratedSnapshots.Pair(60, 5, "STRUCTURE-GROUPE-INCONNU"), Settings));

        Assert.Equal("STRUCTURE-GROUPE-INCONNU", anomaly.Code);
        Assert.Matches("^GROUPE:[3-6]E[0-9]+LAT$", anomaly.Subject);
        Assert.Contains("1 élève actif", anomaly.Message);
        Assert.Contains("inconnu de STS-Web", anomaly.Message);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(_rule.Evaluate(GeneratedSnapshots.Pair(), Settings));
    }

    [Fact]
    public void Evaluate_PupilsInAGroupStsLacks_OneAnomalyNamingThemWithTheirClass()
    {
        var builder = Build(["3AES"], Eleve("1", "MARTIN", "3A", "3AES", "3ALAT"), Eleve("2", "DURAND", "3A", "3ALAT"));

        var anomaly = Assert.Single(Run(builder));

        Assert.Equal("GROUPE:3ALAT", anomaly.Subject);
        Assert.Contains("2 élèves actifs", anomaly.Message);
        Assert.Contains("MARTIN Léa (née le 12/03/2014, 3A)", anomaly.Message);
    }

    [Fact]
    public void Evaluate_StsGroupWithoutPupilsAndNoStructuresXml_IsNotFlagged()
    {
        // Groups are empty in SIECLE until the élève-groupe links are imported.
        Assert.Empty(Run(Build(["3AES", "3ALAT"], Eleve("1", "MARTIN", "3A", "3AES"))));
    }

    [Fact]
    public void Evaluate_StsGroupAbsentFromStructuresXml_IsUnknownToSiecle()
    {
        var builder = Build(["3AES", "3ALAT"], Eleve("1", "MARTIN", "3A"))
            .With(ExportKind.SiecleStructures, StructuresXml(["3A"], ["3AES"]), file: "Structures.xml");

        var anomaly = Assert.Single(Run(builder));

        Assert.Equal("GROUPE:3ALAT", anomaly.Subject);
        Assert.Contains("présent dans STS-Web", anomaly.Message);
        Assert.Contains("ne figure pas dans Structures.xml", anomaly.Message);
        Assert.Equal(["sts_emp_0769990A_2026.xml", "ElevesSansAdresses.xml", "Structures.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_GroupOnlyInStructuresXml_IsUnknownToSts()
    {
        var builder = Build(["3AES"], Eleve("1", "MARTIN", "3A"))
            .With(ExportKind.SiecleStructures, StructuresXml(["3A"], ["3AES", "3AOLD"]), file: "Structures.xml");

        Assert.Equal("GROUPE:3AOLD", Assert.Single(Run(builder)).Subject);
    }

    [Fact]
    public void Evaluate_PupilWhoLeft_DoesNotCount()
    {
        var left = Eleve("1", "MARTIN", "3A", "3ALAT") with { DateSortie = new DateOnly(2026, 9, 15) };

        Assert.Empty(Run(Build(["3AES"], left)));
    }

    [Fact]
    public void MissingInput_NoStsEmpOrNoPupils_SaysWhich()
    {
        var noPupils = new SnapshotBuilder().With(ExportKind.StsEmp, Emp(["3A"], [])).Build();
        var noSts = new SnapshotBuilder().With(ExportKind.SiecleEleves, Eleves()).Build();

        Assert.Contains("élèves", _rule.MissingInput(new SnapshotPair(noPupils, null)));
        Assert.Contains("sts_emp", _rule.MissingInput(new SnapshotPair(noSts, null)));
    }
}

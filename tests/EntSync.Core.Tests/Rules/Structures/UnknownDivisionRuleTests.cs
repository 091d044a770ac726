using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Structures;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Rules.Sts.StsData;

namespace EntSync.Core.Tests.Rules.Structures;

public sealed class UnknownDivisionRuleTests
{
    private static readonly CheckSettings Settings = CheckSettings.Default with { Today = new DateOnly(2026, 10, 6) };

    private readonly UnknownDivisionRule _rule = new();

    private static SnapshotBuilder Build(string[] stsDivisions, params Core.Model.Siecle.Eleve[] eleves) => new SnapshotBuilder()
        .With(ExportKind.StsEmp, Emp(stsDivisions, []), file: "sts_emp_0769990A_2026.xml")
        .With(ExportKind.SiecleEleves, Eleves(eleves), file: "ElevesSansAdresses.xml");

    private List<Anomaly> Run(SnapshotBuilder builder) => _rule.Evaluate(new SnapshotPair(builder.Build(), null), Settings).ToList();

    [Fact]
    public void Evaluate_GeneratedPupilInUnknownDivision_IsFlaggedWithThePupil()
    {
        var anomaly = Assert.Single(_rule.Evaluate(GeneratedSnapshots.Pair(60, 5, "STRUCTURE-DIVISION-INCONNUE"), Settings));

        Assert.Equal("STRUCTURE-DIVISION-INCONNUE", anomaly.Code);
        Assert.Equal("DIVISION:ULIS", anomaly.Subject);
        Assert.Contains("1 élève actif", anomaly.Message);
        Assert.Contains("inconnue de STS-Web", anomaly.Message);
    }

    [Fact]
    public void Evaluate_CleanGeneratedSchool_FlagsNothing()
    {
        Assert.Empty(_rule.Evaluate(GeneratedSnapshots.Pair(), Settings));
    }

    [Fact]
    public void Evaluate_PupilsInADivisionStsLacks_OneAnomalyCountingThem()
    {
        var builder = Build(["3A"], Eleve("1", "MARTIN", "3A"), Eleve("2", "DURAND", "3 B"), Eleve("3", "PETIT", "3 B"));

        var anomaly = Assert.Single(Run(builder));

        Assert.Equal("DIVISION:3 B", anomaly.Subject);
        Assert.Contains("2 élèves actifs y sont inscrits", anomaly.Message);
        Assert.Contains("DURAND Léa (née le 12/03/2014)", anomaly.Message);
        Assert.Contains("PETIT Léa", anomaly.Message);
        Assert.Equal(["sts_emp_0769990A_2026.xml", "ElevesSansAdresses.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_CodesAreComparedExactly()
    {
        var anomalies = Run(Build(["3 A"], Eleve("1", "MARTIN", "3A")));

        Assert.Equal(["DIVISION:3 A", "DIVISION:3A"], anomalies.Select(a => a.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_StsDivisionWithoutPupil_IsUnknownToSiecle()
    {
        var anomaly = Assert.Single(Run(Build(["3A", "3B"], Eleve("1", "MARTIN", "3A"))));

        Assert.Equal("DIVISION:3B", anomaly.Subject);
        Assert.Contains("présente dans STS-Web", anomaly.Message);
        Assert.Contains("aucun élève actif", anomaly.Message);
    }

    [Fact]
    public void Evaluate_StsDivisionWithoutPupilButInStructuresXml_IsKnown()
    {
        var builder = Build(["3A", "3B"], Eleve("1", "MARTIN", "3A"))
            .With(ExportKind.SiecleStructures, StructuresXml(["3A", "3B"], []), file: "Structures.xml");

        Assert.Empty(Run(builder));
    }

    [Fact]
    public void Evaluate_DivisionOnlyInStructuresXml_IsUnknownToSts()
    {
        var builder = Build(["3A"], Eleve("1", "MARTIN", "3A"))
            .With(ExportKind.SiecleStructures, StructuresXml(["3A", "3Z"], []), file: "Structures.xml");

        var anomaly = Assert.Single(Run(builder));

        Assert.Equal("DIVISION:3Z", anomaly.Subject);
        Assert.Contains("présente dans SIECLE (Structures.xml), sans élève", anomaly.Message);
        Assert.Equal(["sts_emp_0769990A_2026.xml", "Structures.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_PupilsWhoLeft_AreNotCounted()
    {
        var left = Eleve("2", "DURAND", "2NDE1") with { DateSortie = new DateOnly(2026, 7, 4) };
        var leaving = Eleve("3", "PETIT", "3B") with { DateSortie = new DateOnly(2026, 12, 20) };

        var anomalies = Run(Build(["3A"], Eleve("1", "MARTIN", "3A"), left, leaving));

        Assert.Equal("DIVISION:3B", Assert.Single(anomalies).Subject);
    }

    [Fact]
    public void Evaluate_ManyPupils_NamesAFewAndCountsTheRest()
    {
        var eleves = Enumerable.Range(1, 28).Select(i => Eleve($"{i}", $"NOM{i}", "6X")).Prepend(Eleve("0", "MARTIN", "3A")).ToArray();

        var anomaly = Assert.Single(Run(Build(["3A"], eleves)));

        Assert.Contains("28 élèves actifs", anomaly.Message);
        Assert.Contains("et 23 autres", anomaly.Message);
        Assert.DoesNotContain("NOM6 ", anomaly.Message);
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

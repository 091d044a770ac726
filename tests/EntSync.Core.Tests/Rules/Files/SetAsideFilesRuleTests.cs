using EntSync.Core.Identification;
using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Readers;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Files;
using EntSync.Core.Snapshot;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Files;

public sealed class SetAsideFilesRuleTests
{
    private static readonly SiecleElevesExport NoPupils = new("3.0", "SansAdresses", [], []);

    private static IReadOnlyList<Anomaly> Run(SchoolSnapshot snapshot) =>
        new SetAsideFilesRule().Evaluate(new SnapshotPair(snapshot, null), CheckSettings.Default).ToList();

    [Fact]
    public void Evaluate_UnreadableFile_IsFichierIllisibleWithLine()
    {
        var broken = new InspectedFile("casse.xml", new ExportIdentity(ExportKind.SiecleEleves, "0769990A", 2026, null),
            new FileError("Fichier tronqué : fin de fichier inattendue", 13, 1), [], null);
        var snapshot = new SnapshotBuilder().With(ExportKind.SiecleEleves, NoPupils).WithFile(broken).Build();

        var anomaly = Assert.Single(Run(snapshot));

        Assert.Equal("FICHIER-ILLISIBLE", anomaly.Code);
        Assert.Contains("ligne 13", anomaly.Message);
        Assert.Equal(["casse.xml"], anomaly.Files);
    }

    [Fact]
    public void Evaluate_FileOfAnotherYear_IsSetAsideNotMixed()
    {
        var snapshot = new SnapshotBuilder().With(ExportKind.SiecleEleves, NoPupils)
            .WithFile(new InspectedFile("vieux.xml", new ExportIdentity(ExportKind.StsEmp, "0769990A", 2025, null), null, [], new ExportCounts())
            {
                Content = new EntSync.Core.Model.Sts.StsEmpExport(),
            })
            .Build();

        Assert.Equal("FICHIER-AUTRE-ANNEE", Assert.Single(Run(snapshot)).Code);
        Assert.Null(snapshot.Sts);
    }

    [Fact]
    public void Evaluate_FileOfAnotherEstablishment_WhenOneIsExpected()
    {
        var other = new InspectedFile("autre.xml", new ExportIdentity(ExportKind.SiecleEleves, "0769991B", 2026, null), null, [], new ExportCounts())
        {
            Content = NoPupils,
        };
        var snapshot = new SnapshotBuilder().With(ExportKind.SiecleEleves, NoPupils).WithFile(other).Build(new SnapshotOptions { Uai = "0769990A" });

        var anomaly = Assert.Single(Run(snapshot));
        Assert.Equal("FICHIER-AUTRE-ETABLISSEMENT", anomaly.Code);
        Assert.Contains("0769991B", anomaly.Message);
    }

    [Fact]
    public void Evaluate_EmpStsWithoutStsEmp_IsFichierInattendu()
    {
        var snapshot = new SnapshotBuilder().With(ExportKind.EdtSts, new EntSync.Core.Model.Sts.EdtStsExport()).Build();

        var anomaly = Assert.Single(Run(snapshot));
        Assert.Equal("FICHIER-INATTENDU", anomaly.Code);
        Assert.Contains("sts_emp", anomaly.Message);
    }

    [Fact]
    public void Evaluate_GeneratedSchool_SetsNothingAside()
    {
        Assert.Empty(Run(GeneratedSnapshots.Current()));
    }
}

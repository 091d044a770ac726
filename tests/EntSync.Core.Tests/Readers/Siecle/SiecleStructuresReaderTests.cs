using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Readers.Siecle.SiecleInspection;

namespace EntSync.Core.Tests.Readers.Siecle;

public sealed class SiecleStructuresReaderTests
{
    [Fact]
    public void Read_StructuresFixture_ReadsDivisionsGroupsAndMemberships()
    {
        var file = Inspect(Samples.TestData("siecle/Structures.xml"));
        var export = Content<SiecleStructuresExport>(file);

        Assert.Equal(ExportKind.SiecleStructures, file.Identity.Kind);
        Assert.Equal("0999001X", file.Identity.Uai);
        Assert.Equal(2, file.Counts!.Divisions);
        Assert.Equal(1, file.Counts.Groupes);
        Assert.Equal("3 A", export.Divisions[0].Code);
        Assert.Equal("3ème A", export.Divisions[0].LibelleLong);
        Assert.Equal(["10310019110", "10310019112"], export.Divisions[1].Mefs);
        var groupe = Assert.Single(export.Groupes);
        Assert.Equal("3AB ESP", groupe.Code);
        Assert.Equal(["3 A", "3 B"], groupe.Divisions);
        Assert.Equal(["10310019110"], groupe.Mefs);
    }
}

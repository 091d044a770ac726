using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Tests.Support;
using static EntSync.Core.Tests.Readers.Siecle.SiecleInspection;

namespace EntSync.Core.Tests.Readers.Siecle;

public sealed class SiecleCommunReaderTests
{
    [Fact]
    public void Read_CommunsFixture_ReadsSchoolAndYearBounds()
    {
        var file = Inspect(Samples.TestData("siecle/Communs.xml"));
        var export = Content<SiecleCommunExport>(file);

        Assert.Equal(ExportKind.SiecleCommun, file.Identity.Kind);
        Assert.Equal("0999001X", file.Identity.Uai);
        Assert.Equal(2025, file.Identity.SchoolYear);
        Assert.Equal("1.3", export.Version);
        Assert.Equal("0999001X", export.Commun.Uai);
        Assert.Equal("DES ŒILLETS", export.Commun.DenomCompl);
        Assert.Equal("FICTIVILLE", export.Commun.LibellePostal);
        Assert.Equal("ce.0999001X@exemple.invalid", export.Commun.Mel);
        Assert.Equal(new DateOnly(2025, 9, 1), export.Commun.DateDebutEleve);
        Assert.Equal(new DateOnly(2026, 7, 4), export.Commun.DateFinEleve);
        Assert.Null(export.Commun.DateDebutProf);
    }
}

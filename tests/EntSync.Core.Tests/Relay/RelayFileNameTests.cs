using EntSync.Core.Model;
using EntSync.Core.Relay;

namespace EntSync.Core.Tests.Relay;

public sealed class RelayFileNameTests
{
    [Fact]
    public void Format_UdtDefault_FollowsEntcoreAutomaticImportName()
    {
        var item = RelayItems.Item(1, kind: ExportKind.Udt, exportedAt: new DateTime(2026, 10, 5, 18, 2, 11)) with { Uai = "0134567a" };

        var name = RelayFileName.Format("", item);

        Assert.Equal("0134567A_20261005180211_UDT.zip", name);
        Assert.Matches("^([0-9]{7}[A-Z])_([0-9]{14})_UDT\\.zip$", name);
    }

    [Fact]
    public void Format_EncryptedEdtDefault_CarriesTheUaiAndEndsInXml()
    {
        Assert.Equal("0134567A_20261005180211_EDT.xml", RelayFileName.Format("", RelayItems.Item(0, exportedAt: RelayItems.Monday)));
    }

    [Fact]
    public void Format_OtherKinds_KeepTheirDroppedName()
    {
        Assert.Equal("fichier1.xml", RelayFileName.Format("", RelayItems.Item(1, kind: ExportKind.StsEmp)));
    }

    [Fact]
    public void Format_Pattern_ReplacesEveryPlaceholderAndMakesTheNameSafe()
    {
        var name = RelayFileName.Format("{uai}-{horodatage:yyyy-MM-dd HH:mm}-{nom}", RelayItems.Item(1, exportedAt: RelayItems.Monday) with { FileName = "a/b.xml" });

        Assert.Equal("0134567A-2026-10-05 18_02-a_b.xml", name);
    }

    [Theory]
    [InlineData("{uai}_{date}.zip", "{date}")]
    [InlineData("sous-dossier/{nom}", "sans dossier")]
    [InlineData("{horodatage:%}", "format de date invalide")]
    public void Problem_UnusablePattern_SaysWhyInFrench(string pattern, string expected)
    {
        Assert.Contains(expected, RelayFileName.Problem(pattern));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{uai}_{horodatage:yyyyMMddHHmmss}_UDT.zip")]
    [InlineData("export-{nom}")]
    public void Problem_UsablePattern_IsNull(string pattern)
    {
        Assert.Null(RelayFileName.Problem(pattern));
    }
}

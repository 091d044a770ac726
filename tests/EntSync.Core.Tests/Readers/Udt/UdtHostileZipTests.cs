using System.Text;
using EntSync.Core.Model;

namespace EntSync.Core.Tests.Readers.Udt;

public sealed class UdtHostileZipTests : IDisposable
{
    private readonly UdtFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private IEnumerable<(string, byte[])> Valid() => _fixture.Entries.Select(e => (e.Key, Encoding.UTF8.GetBytes(e.Value)));

    [Fact]
    public void Inspect_EntryEscapingTheFolder_Refused()
    {
        var path = _fixture.ZipOf("0693834C_20261005180211_UDT.zip", Valid().Append(("../../evil.xml", "<x/>"u8.ToArray())));

        var file = UdtFixture.Inspect(path);

        Assert.NotNull(file.Error);
        Assert.Contains("chemin dangereux", file.Error.Message);
        Assert.Equal(ExportKind.Unknown, file.Identity.Kind);
    }

    [Fact]
    public void Inspect_TooManyEntries_Refused()
    {
        var many = Enumerable.Range(0, 2_100).Select(i => ($"udcal_26_{i % 52 + 1:D2}_{i}.xml", "<x/>"u8.ToArray()));

        var file = UdtFixture.Inspect(_fixture.ZipOf("0693834C_20261005180211_UDT.zip", Valid().Concat(many)));

        Assert.NotNull(file.Error);
        Assert.Contains("entrées", file.Error.Message);
    }

    [Fact]
    public void Inspect_EntryWithBombRatio_Refused()
    {
        var bomb = new byte[4_000_000];
        Array.Fill(bomb, (byte)' ');
        var entries = Valid().Where(e => e.Item1 != "udcal_10.xml").Append(("udcal_10.xml", bomb));

        var file = UdtFixture.Inspect(_fixture.ZipOf("0693834C_20261005180211_UDT.zip", entries));

        Assert.NotNull(file.Error);
        Assert.Contains("bombe", file.Error.Message);
    }
}

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

    [Fact]
    public void Inspect_DamagedEntry_FrenchErrorNamingTheEntry()
    {
        var path = _fixture.Zip();
        var raw = File.ReadAllBytes(path);
        // The first byte of the entry's deflate data becomes 0xFF: a reserved block type, which no inflater accepts.
        var name = raw.AsSpan().IndexOf("udcal_10.xml"u8);
        var extra = BitConverter.ToUInt16(raw, name - 30 + 28);
        raw[name + "udcal_10.xml".Length + extra] = 0xFF;
        File.WriteAllBytes(path, raw);

        var file = UdtFixture.Inspect(path);

        Assert.NotNull(file.Error);
        Assert.Contains("udcal_10.xml", file.Error.Message);
        Assert.Contains("endommagée", file.Error.Message);
    }
}

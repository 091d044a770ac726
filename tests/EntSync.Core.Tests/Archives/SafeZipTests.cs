using System.IO.Compression;
using System.Text;
using EntSync.Core.Archives;
using EntSync.Core.Readers;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Archives;

public sealed class SafeZipTests
{
    internal static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                s.Write(content);
            }
        }

        return memory.ToArray();
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Theory]
    [InlineData("../../evil.xml")]
    [InlineData("/etc/passwd")]
    [InlineData("dossier/../../evil.xml")]
    [InlineData("..\\evil.xml")]
    [InlineData("C:/Windows/evil.xml")]
    public void ListEntries_PathLeavingTheFolder_RefusesArchive(string name)
    {
        var doc = Docs.Bytes("a.zip", Zip(("ok.xml", Utf8("<A/>")), (name, Utf8("<A/>"))));

        var ex = Assert.Throws<ExportReadException>(() => doc.ListZipEntries());
        Assert.Contains("chemin dangereux", ex.Message);
    }

    [Fact]
    public void ListEntries_TooManyEntries_RefusesArchive()
    {
        var entries = Enumerable.Range(0, 30).Select(i => ($"f{i}.xml", Utf8("<A/>"))).ToArray();
        var doc = Docs.Bytes("a.zip", Zip(entries), new ReadLimits { MaxZipEntries = 20 });

        var ex = Assert.Throws<ExportReadException>(() => doc.ListZipEntries());
        Assert.Contains("30 entrées", ex.Message);
    }

    [Fact]
    public void ListEntries_ExpansionBomb_RefusedByRatio()
    {
        var doc = Docs.Bytes("bomb.zip", Zip(("bomb.xml", new byte[20_000_000])));

        var ex = Assert.Throws<ExportReadException>(() => doc.ListZipEntries());
        Assert.Contains("bombe de décompression", ex.Message);
    }

    [Fact]
    public void ListEntries_DeclaredSizeOverLimit_RefusesArchive()
    {
        var doc = Docs.Bytes("big.zip", Zip(("big.xml", Utf8(new string('a', 5000)))), new ReadLimits { MaxFileBytes = 1000, MaxZipTotalBytes = 1000 });

        Assert.Throws<ExportReadException>(() => doc.ListZipEntries());
    }

    [Fact]
    public void ZipEntry_ReadsEntryContentAndNamesItInsideTheArchive()
    {
        var doc = Docs.Bytes("ExportXML_Nomenclature.zip", Zip(("Nomenclature.xml", Utf8("<A>é</A>"))));

        var entry = doc.ZipEntry(doc.ListZipEntries().Single());
        using var reader = entry.OpenXml();
        reader.MoveToContent();

        Assert.Equal("ExportXML_Nomenclature.zip!Nomenclature.xml", entry.DisplayName);
        Assert.Equal("é", reader.ReadElementContentAsString());
    }

    [Fact]
    public void OpenRead_FileLargerThanLimit_StopsWithFrenchMessage()
    {
        var doc = Docs.Bytes("big.xml", new byte[5000], new ReadLimits { MaxFileBytes = 1000 });

        using var s = doc.OpenRead();
        var ex = Assert.Throws<ExportReadException>(() => s.CopyTo(Stream.Null));
        Assert.Contains("taille maximale", ex.Message);
    }

    [Fact]
    public void IsUnsafePath_OrdinaryNestedName_IsAccepted()
    {
        Assert.False(SafeZip.IsUnsafePath("export/UDCal_04.xml"));
    }
}

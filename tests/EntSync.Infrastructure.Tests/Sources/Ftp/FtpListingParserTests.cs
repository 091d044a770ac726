using EntSync.Infrastructure.Sources.Ftp;

namespace EntSync.Infrastructure.Tests.Sources.Ftp;

public sealed class FtpListingParserTests
{
    private static readonly DateTime Today = new(2026, 11, 22, 12, 0, 0);

    [Fact]
    public void ParseList_UnixListingOfVsftpd_NamesWholeAndTypesKept()
    {
        const string listing =
            "-rw-r--r--    1 0        0               2 Nov 22 11:37  espace devant.xml\r\n" +
            "-rw-r--r--    1 0        0            1234 Nov 22 11:04 -tiret \"guillemets\" l'apostrophe é.xml\r\n" +
            "drwxr-xr-x    2 995      994          4096 Nov 22 11:05 traites\r\n" +
            "lrwxrwxrwx    1 0        0               5 Nov 22 11:05 lien -> cible\r\n" +
            "-rw-r--r--    1 ftp      ftp             9 Mar  3  2025 ancien.xml\r\n";

        var entries = FtpListingParser.ParseList(listing, out var skipped, Today);

        Assert.Equal(0, skipped);
        Assert.Equal([" espace devant.xml", "-tiret \"guillemets\" l'apostrophe é.xml", "traites", "lien -> cible", "ancien.xml"], entries.Select(e => e.Name));
        Assert.Equal([true, true, false, false, true], entries.Select(e => e.IsFile));
        Assert.True(entries[2].IsFolder);
        Assert.Equal(1234, entries[1].Size);
        Assert.Equal(new DateTime(2026, 11, 22, 11, 4, 0), entries[1].Modified);
        Assert.Equal(new DateTime(2025, 3, 3), entries[4].Modified);
    }

    [Fact]
    public void ParseList_TimeLaterThanToday_IsLastYear()
    {
        var entry = Assert.Single(FtpListingParser.ParseList("-rw-r--r-- 1 u g 5 Dec 30 10:00 a.xml", out _, Today));

        Assert.Equal(new DateTime(2025, 12, 30, 10, 0, 0), entry.Modified);
    }

    [Fact]
    public void ParseList_DosListingOfIis_FilesAndFolders()
    {
        const string listing = "07-08-24  11:04AM       <DIR>          sous dossier\r\n04-29-22  10:55PM                12037 export élèves.xml\r\n";

        var entries = FtpListingParser.ParseList(listing, out var skipped, Today);

        Assert.Equal(0, skipped);
        Assert.Equal(("sous dossier", true, false), (entries[0].Name, entries[0].IsFolder, entries[0].IsFile));
        Assert.Equal(("export élèves.xml", 12037L, new DateTime(2022, 4, 29, 22, 55, 0)), (entries[1].Name, entries[1].Size, entries[1].Modified!.Value));
    }

    [Fact]
    public void ParseList_UnknownLines_SkippedAndCounted()
    {
        var entries = FtpListingParser.ParseList("total 12\r\ncharabia illisible\r\n-rw-r--r-- 1 u g 5 Nov 22 10:00 a.xml\r\n", out var skipped, Today);

        Assert.Equal(1, skipped);
        Assert.Equal("a.xml", Assert.Single(entries).Name);
    }

    [Fact]
    public void ParseMlsd_Facts_ExactSizeTimeAndType()
    {
        const string listing = "type=cdir;modify=20261122100000; .\r\ntype=file;size=42;modify=20261122101530.123;perm=r; nom avec ; point-virgule.xml\r\ntype=dir;modify=20261122100000; traites\r\n";

        var entries = FtpListingParser.ParseMlsd(listing, out var skipped);

        Assert.Equal(0, skipped);
        Assert.Equal(("nom avec ; point-virgule.xml", true, 42L, new DateTime(2026, 11, 22, 10, 15, 30)), (entries[0].Name, entries[0].IsFile, entries[0].Size, entries[0].Modified!.Value));
        Assert.True(entries[1].IsFolder);
    }
}

using EntSync.Infrastructure.Sources.Sftp;

namespace EntSync.Infrastructure.Tests.Sources.Sftp;

public sealed class SftpListingTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 12, 0, 0);

    [Fact]
    public void Parse_OddNames_ComeBackWhole()
    {
        string[] output =
        [
            "sftp> cd \"/depot\"",
            "sftp> ls -ln",
            "-rw-r--r--    ? 1001     1001            5 Nov 22 11:03 -lead.xml",
            "-rw-r--r--    ? 1001     1001            3 Nov 22 11:03 a  b.xml",
            "-rw-r--r--    ? 1001     1001            1 Nov 22 11:03 back\\slash [1]*?.xml",
            "-rw-r--r--    ? 1001     1001            2 Nov  2 09:15 élève 'q' \"dq\".xml",
            "-rw-r--r--    ? 1001     1001           12 Nov 22 11:03  espace devant.xml",
        ];

        var names = SftpListing.Parse(output, Now).Select(e => e.Name);

        Assert.Equal(["-lead.xml", "a  b.xml", "back\\slash [1]*?.xml", "élève 'q' \"dq\".xml", " espace devant.xml"], names);
    }

    [Fact]
    public void Parse_SizeTypeAndStamp_Read()
    {
        var entries = SftpListing.Parse(
        [
            "-rw-r--r--    1 entsync  entsync  123456789 Nov 22 11:03 gros.zip",
            "drwxr-xr-x    ? 1001     1001         4096 Nov 22 11:03 traites",
            "lrwxrwxrwx    ? 1001     1001           10 Nov 22 11:03 lien.xml",
        ], Now);

        Assert.Equal([(true, 123456789L), (false, 4096L), (false, 10L)], entries.Select(e => (e.IsFile, e.Size)));
        Assert.Equal("Nov 22 11:03", entries[0].Stamp);
    }

    [Fact]
    public void Parse_OwnerNamesWithSpaces_StillFindTheSizeAndTheName()
    {
        var entry = Assert.Single(SftpListing.Parse(["-rw-r--r--    ? Domain Users   Domain Admins   42 Jan  5  2025 export.xml"], Now));

        Assert.Equal(("export.xml", 42L), (entry.Name, entry.Size));
    }

    [Fact]
    public void Parse_Times_RecentInThePastYearOldWithTheirYear()
    {
        var entries = SftpListing.Parse(
        [
            "-rw-r--r--    ? 1 1 1 Nov 22 11:03 today.xml",
            "-rw-r--r--    ? 1 1 1 Dec 30 23:59 last-december.xml",
            "-rw-r--r--    ? 1 1 1 Jan  5  2025 old.xml",
        ], Now);

        Assert.Equal(
            [Local(2026, 11, 22, 11, 3), Local(2025, 12, 30, 23, 59), Local(2025, 1, 5, 0, 0)],
            entries.Select(e => e.LastWriteUtc));
    }

    [Fact]
    public void Parse_EchoesErrorsAndDotEntries_Skipped()
    {
        var entries = SftpListing.Parse(
        [
            "sftp> ls -ln",
            "Can't ls: \"/depot/x\" not found",
            "drwxr-xr-x    ? 1 1 4096 Nov 22 11:03 .",
            "drwxr-xr-x    ? 1 1 4096 Nov 22 11:03 ..",
            "-rw-r--r--    ? 1 1 4 Nov 22 11:03 ./un.xml",
            "",
        ], Now);

        Assert.Equal("un.xml", Assert.Single(entries).Name);
    }

    private static DateTime Local(int year, int month, int day, int hour, int minute) =>
        DateTime.SpecifyKind(new DateTime(year, month, day, hour, minute, 0), DateTimeKind.Local).ToUniversalTime();
}

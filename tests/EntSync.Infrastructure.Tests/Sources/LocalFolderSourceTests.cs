using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Sources.LocalFolder;
using EntSync.Infrastructure.Tests.Support;

namespace EntSync.Infrastructure.Tests.Sources;

public sealed class LocalFolderSourceTests : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(5);
    private readonly TemporaryFolder drop = new();
    private readonly ManualTimeProvider time = new();

    public void Dispose() => drop.Dispose();

    private LocalFolderSource Source(string apresTraitement = "deplacer", string motif = "*", int stabilite = 0) =>
        new(new SourceOptions { Nom = "depot", Motif = motif, ApresTraitement = apresTraitement, StabiliteSecondes = stabilite }, drop.Path, time);

    private static async Task<List<DropFile>> ListAsync(LocalFolderSource source) =>
        await source.ListReadyAsync(CancellationToken.None).ToListAsync();

    private static List<string> Names(IEnumerable<DropFile> files) => files.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task ListReadyAsync_FilesPresentAtStart_TakenAfterTheSecondLook()
    {
        drop.Write("sts_emp_0769990A_2026.xml", "<STS_EDT/>");
        drop.Write("ExportXML_ElevesSansAdresses.zip", "zip");
        var source = Source(stabilite: 5);

        var listing = ListAsync(source);
        await time.WaitForTimerAsync();
        Assert.False(listing.IsCompleted);
        time.Advance(Delay);
        var ready = await listing;

        Assert.Equal(["ExportXML_ElevesSansAdresses.zip", "sts_emp_0769990A_2026.xml"], Names(ready));
        var sts = ready.Single(f => f.Name.StartsWith("sts", StringComparison.Ordinal));
        Assert.Equal("depot", sts.Source);
        Assert.Equal(drop.Combine("sts_emp_0769990A_2026.xml"), sts.Location);
        Assert.Equal(10, sts.Size);
    }

    [Fact]
    public async Task ListReadyAsync_FileGrowingBetweenLooks_NotTaken()
    {
        drop.Write("stable.xml", "<a/>");
        var growing = drop.Write("growing.xml", "<a>");
        var source = Source(stabilite: 5);

        var listing = ListAsync(source);
        await time.WaitForTimerAsync();
        await Task.Run(() => File.AppendAllText(growing, "encore des données</a>"));
        time.Advance(Delay);

        Assert.Equal(["stable.xml"], Names(await listing));
    }

    [Fact]
    public async Task ListReadyAsync_FileTouchedBetweenLooks_NotTaken()
    {
        var touched = drop.Write("touched.xml", "<a/>");
        var source = Source(stabilite: 5);

        var listing = ListAsync(source);
        await time.WaitForTimerAsync();
        File.SetLastWriteTimeUtc(touched, File.GetLastWriteTimeUtc(touched).AddSeconds(3));
        time.Advance(Delay);

        Assert.Empty(await listing);
    }

    [Fact]
    public async Task ListReadyAsync_FileAppearingBetweenLooks_WaitsForTheNextRun()
    {
        drop.Write("first.xml", "<a/>");
        var source = Source(stabilite: 5);

        var listing = ListAsync(source);
        await time.WaitForTimerAsync();
        drop.Write("late.xml", "<a/>");
        time.Advance(Delay);

        Assert.Equal(["first.xml"], Names(await listing));
    }

    [Fact]
    public async Task ListReadyAsync_FileHeldForWritingByCopier_NotTaken()
    {
        drop.Write("free.xml", "<a/>");
        using (var copier = new FileStream(drop.Combine("copying.xml"), FileMode.Create, FileAccess.Write, FileShare.None))
        {
            copier.Write("<a/>"u8);
            copier.Flush();

            Assert.Equal(["free.xml"], Names(await ListAsync(Source())));
        }

        Assert.Equal(["copying.xml", "free.xml"], Names(await ListAsync(Source())));
    }

    [Fact]
    public async Task ListReadyAsync_ProcessedFolderHiddenAndTemporaryFiles_Ignored()
    {
        drop.Write("export.xml", "<a/>");
        Directory.CreateDirectory(drop.Combine("traites"));
        drop.Write(Path.Combine("traites", "20261004T120000_old.xml"), "<a/>");
        Directory.CreateDirectory(drop.Combine("autre"));
        drop.Write(Path.Combine("autre", "nested.xml"), "<a/>");
        foreach (var name in new[] { ".hidden.xml", "copie.tmp", "export.xml.part", "EXPORT.PARTIAL", "~$classeur.xlsx", "winscp.xml.filepart", "x.crdownload" })
        {
            drop.Write(name, "x");
        }

        Assert.Equal(["export.xml"], Names(await ListAsync(Source())));
    }

    [Fact]
    public async Task ListReadyAsync_Pattern_OnlyMatchingNamesCaseInsensitive()
    {
        drop.Write("a.xml", "<a/>");
        drop.Write("B.XML", "<a/>");
        drop.Write("c.zip", "zip");
        drop.Write("notes.txt", "x");

        Assert.Equal(["B.XML", "a.xml"], Names(await ListAsync(Source(motif: "*.xml"))));
    }

    [Fact]
    public async Task ListReadyAsync_FolderMissing_FrenchErrorNamingTheSource()
    {
        var source = new LocalFolderSource(new SourceOptions { Nom = "secretariat" }, drop.Combine("absent"), time);

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => ListAsync(source));

        Assert.Contains("« secretariat » est introuvable", error.Message);
    }

    [Fact]
    public async Task OpenReadAsync_ListedFile_ReadsItsContent()
    {
        drop.Write("a.xml", "<élèves/>");
        var source = Source();
        var file = Assert.Single(await ListAsync(source));

        await using var stream = await source.OpenReadAsync(file, CancellationToken.None);
        using var reader = new StreamReader(stream);

        Assert.Equal("<élèves/>", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task CompleteAsync_FolderGivenWithTrailingSeparator_StillItsOwnFile()
    {
        drop.Write("a.xml", "<a/>");
        var source = new LocalFolderSource(new SourceOptions { Nom = "depot", ApresTraitement = "supprimer", StabiliteSecondes = 0 }, drop.Path + Path.DirectorySeparatorChar, time);
        var file = Assert.Single(await ListAsync(source));

        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);

        Assert.False(File.Exists(file.Location));
    }

    [Fact]
    public async Task OpenReadAsync_FileOutsideTheFolder_Refused()
    {
        var outside = new DropFile("depot", "passwd", drop.Combine("..", "passwd"), 1, DateTime.UtcNow);

        await Assert.ThrowsAsync<ArgumentException>(() => Source().OpenReadAsync(outside, CancellationToken.None));
    }

    [Theory]
    [InlineData(DropOutcome.Done)]
    [InlineData(DropOutcome.Quarantined)]
    public async Task CompleteAsync_Deplacer_MovesToTraitesWithStamp(DropOutcome outcome)
    {
        drop.Write("sts_emp.xml", "<a/>");
        var source = Source("deplacer");
        var file = Assert.Single(await ListAsync(source));

        await source.CompleteAsync(file, outcome, CancellationToken.None);

        Assert.False(File.Exists(file.Location));
        var stamp = time.GetLocalNow().ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("<a/>", File.ReadAllText(drop.Combine("traites", $"{stamp}_sts_emp.xml")));
        Assert.Empty(await ListAsync(source));
    }

    [Fact]
    public async Task CompleteAsync_DeplacerSameNameTwice_NeverOverwrites()
    {
        var source = Source("deplacer");
        drop.Write("sts_emp.xml", "premier");
        await source.CompleteAsync(Assert.Single(await ListAsync(source)), DropOutcome.Done, CancellationToken.None);
        drop.Write("sts_emp.xml", "second");

        await source.CompleteAsync(Assert.Single(await ListAsync(source)), DropOutcome.Done, CancellationToken.None);

        var processed = Directory.GetFiles(drop.Combine("traites")).Select(File.ReadAllText).Order(StringComparer.Ordinal);
        Assert.Equal(["premier", "second"], processed);
    }

    [Fact]
    public async Task CompleteAsync_Supprimer_DeletesTheFile()
    {
        drop.Write("a.xml", "<a/>");
        var source = Source("supprimer");
        var file = Assert.Single(await ListAsync(source));

        await source.CompleteAsync(file, DropOutcome.Quarantined, CancellationToken.None);

        Assert.False(File.Exists(file.Location));
        Assert.False(Directory.Exists(drop.Combine("traites")));
    }

    [Fact]
    public async Task CompleteAsync_Conserver_LeavesTheFileInPlace()
    {
        drop.Write("a.xml", "<a/>");
        var source = Source("conserver");
        var file = Assert.Single(await ListAsync(source));

        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);

        Assert.Equal("<a/>", File.ReadAllText(file.Location));
        Assert.Single(await ListAsync(source));
    }

    [Theory]
    [InlineData("deplacer")]
    [InlineData("supprimer")]
    public async Task CompleteAsync_FileReplacedSinceTaken_LeftForTheNextRun(string apresTraitement)
    {
        var path = drop.Write("a.xml", "<a/>");
        var source = Source(apresTraitement);
        var file = Assert.Single(await ListAsync(source));
        File.WriteAllText(path, "<nouvelle version, plus longue/>");

        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);

        Assert.Equal("<nouvelle version, plus longue/>", File.ReadAllText(path));
    }

    [Fact]
    public async Task CompleteAsync_FileAlreadyGone_DoesNothing()
    {
        var path = drop.Write("a.xml", "<a/>");
        var source = Source("deplacer");
        var file = Assert.Single(await ListAsync(source));
        File.Delete(path);

        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);

        Assert.False(Directory.Exists(drop.Combine("traites")));
    }

    [Fact]
    public void Constructor_UnknownApresTraitement_FrenchMessage()
    {
        var error = Assert.Throws<ArgumentException>(() => Source("archiver"));

        Assert.Contains("« archiver » inconnu", error.Message);
    }
}

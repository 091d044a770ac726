using System.Globalization;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Tests.Pipeline;
using EntSync.Infrastructure.Tests.Support;

namespace EntSync.Infrastructure.Tests.Sources.Contract;

/// <summary>
/// What every <see cref="IDropSource"/> must do (one suite for every backend, as rclone does): listing, stability,
/// byte-exact reads, apresTraitement, odd names, and a re-run that takes nothing twice through the real pipeline.
/// <para>To add a source: subclass it (public, sealed) and implement the two members below; nothing else.</para>
/// <list type="bullet">
/// <item><see cref="DropFolder"/>: the LOCAL path of an empty folder the source reads (for a server, the folder it
/// serves, seen through the file system). xunit creates one instance per test, so create a fresh one in the
/// constructor and delete it in Dispose (implement IDisposable in the subclass). The tests write files there and check
/// moves there; a server account must be able to rename and delete what they write (e.g. mode 0777 on the folder).</item>
/// <item><see cref="CreateSource"/>: the source over that folder with the given motif, apresTraitement and
/// stabiliteSecondes, on the given clock (the stability wait and the traites/ stamp use it). Make transient retries
/// fast and independent of that clock (a manual clock would never fire their delay).</item>
/// </list>
/// <para>A source that downloads (a remote one) also overrides <see cref="LocalCopiesFolder"/>: the contract then checks
/// that a file is transferred once although it is read twice, and that no local copy outlives CompleteAsync.</para>
/// <para>Skipping: mark the subclass [RequiresTestServer("module")]. The tests here are [DropSourceFact], whose
/// discoverer reads that class attribute: skipped visibly when the server is absent and CI is unset, run (and failing
/// if the server is missing) on CI. An attribute on these methods could not differ per subclass.</para>
/// Source-specific tests (server stopped, wrong credentials…) belong in the source's own test class.
/// </summary>
public abstract class DropSourceContract
{
    private static readonly TimeSpan Stability = TimeSpan.FromSeconds(5);
    private readonly ManualTimeProvider clock = new();

    /// <summary>The local path of the (empty) folder the source reads.</summary>
    protected abstract string DropFolder { get; }

    protected abstract IDropSource CreateSource(string motif, string apresTraitement, int stabiliteSecondes, TimeProvider time);

    /// <summary>The work folder where a remote source keeps its local copies; null for a source that reads in place.</summary>
    protected virtual string? LocalCopiesFolder => null;

    [DropSourceFact]
    public async Task ListReadyAsync_PatternSubFoldersHiddenAndTemporary_OnlyMatchingTopLevelFiles()
    {
        foreach (var name in new[] { "a.xml", "B.XML", "c.zip", "notes.txt", ".cache.xml", "copie.xml.part", "x.xml.filepart" }) Put(name, "<a/>");
        Directory.CreateDirectory(Local("traites"));
        Put(Path.Combine("traites", "20261004T120000_old.xml"), "<a/>");
        Directory.CreateDirectory(Local("autre"));
        Put(Path.Combine("autre", "nested.xml"), "<a/>");
        Directory.CreateDirectory(Local("dossier.xml")); // a folder matching the pattern is not a file
        var source = Source(motif: "*.xml");

        var ready = await ListAsync(source);

        Assert.Equal(["B.XML", "a.xml"], Names(ready));
        Assert.All(ready, f => Assert.Equal((source.Name, 4L), (f.Source, f.Size)));
    }

    [DropSourceFact]
    public async Task ListReadyAsync_FileGrowingBetweenTheTwoLooks_NotTaken()
    {
        Put("stable.xml", "<a/>");
        Put("growing.xml", "<a>");
        var listing = ListAsync(Source(stabilite: (int)Stability.TotalSeconds));

        await clock.WaitForTimerAsync();
        await File.AppendAllTextAsync(Local("growing.xml"), "encore des données</a>");
        Put("late.xml", "<a/>");
        clock.Advance(Stability);

        Assert.Equal(["stable.xml"], Names(await listing));
    }

    [DropSourceFact]
    public async Task OpenReadAsync_BinaryContent_ByteExactOnEachOpen()
    {
        var content = new byte[300_000];
        new Random(7).NextBytes(content);
        for (var i = 0; i < 256; i++) content[i] = (byte)i;
        await File.WriteAllBytesAsync(Local("export.zip"), content);
        var source = Source();
        var file = Assert.Single(await ListAsync(source));

        // The collector reads a file twice: once to hash it, once to copy it.
        Assert.Equal(content, await ReadAsync(source, file));
        // A remote source transfers it once: its second read must come from the local copy.
        if (LocalCopiesFolder is not null) File.Delete(Local("export.zip"));
        Assert.Equal(content, await ReadAsync(source, file));

        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);
        AssertNoLocalCopy();
    }

    [DropSourceFact]
    public async Task CompleteAsync_Deplacer_MovesToTraitesWithTheStamp()
    {
        Put("sts_emp.xml", "<STS/>");
        var source = Source("deplacer");
        var file = Assert.Single(await ListAsync(source));

        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);

        Assert.False(File.Exists(Local("sts_emp.xml")));
        Assert.Equal("<STS/>", await File.ReadAllTextAsync(Local("traites", $"{Stamp()}_sts_emp.xml")));
        Assert.Empty(await ListAsync(source));
    }

    [DropSourceFact]
    public async Task CompleteAsync_DeplacerSameNameTwiceInTheSameSecond_NeverOverwrites()
    {
        var source = Source("deplacer");
        Put("sts_emp.xml", "premier");
        await source.CompleteAsync(Assert.Single(await ListAsync(source)), DropOutcome.Done, CancellationToken.None);
        Put("sts_emp.xml", "second!");

        await source.CompleteAsync(Assert.Single(await ListAsync(source)), DropOutcome.Quarantined, CancellationToken.None);

        var moved = Directory.GetFiles(Local("traites")).Select(File.ReadAllText).Order(StringComparer.Ordinal);
        Assert.Equal(["premier", "second!"], moved);
    }

    [DropSourceFact]
    public async Task CompleteAsync_Supprimer_DeletesTheFile()
    {
        Put("a.xml", "<a/>");
        var source = Source("supprimer");
        var file = Assert.Single(await ListAsync(source));

        await source.CompleteAsync(file, DropOutcome.Quarantined, CancellationToken.None);

        Assert.False(File.Exists(Local("a.xml")));
        Assert.False(Directory.Exists(Local("traites")));
    }

    [DropSourceFact]
    public async Task CompleteAsync_Conserver_LeavesTheFileInPlace()
    {
        Put("a.xml", "<a/>");
        var source = Source("conserver");
        var file = Assert.Single(await ListAsync(source));

        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);

        Assert.Equal("<a/>", await File.ReadAllTextAsync(Local("a.xml")));
        Assert.False(Directory.Exists(Local("traites")));
        AssertNoLocalCopy();
        Assert.Single(await ListAsync(source));
    }

    [DropSourceFact]
    public async Task CompleteAsync_FileReplacedSinceItWasTaken_LeftForTheNextRun()
    {
        Put("a.xml", "<a/>");
        var source = Source("supprimer");
        var file = Assert.Single(await ListAsync(source));
        Put("a.xml", "<une nouvelle version, plus longue/>");

        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);

        Assert.Equal("<une nouvelle version, plus longue/>", await File.ReadAllTextAsync(Local("a.xml")));
    }

    [DropSourceFact]
    public async Task OddNames_ListedReadAndMovedUnchanged()
    {
        var names = new List<string>
        {
            "élèves 2026 – classe de 3e.xml", "-commence-par-un-tiret.xml", "l'apostrophe.xml", "deux  espaces [1].xml", " espace devant.xml",
            "100 % #2 (copie) & ~$x;.xml",
        };
        // Characters Windows refuses in file names.
        if (!OperatingSystem.IsWindows()) names.AddRange(["des \"guillemets\".xml", @"barre\oblique *?.xml"]);
        foreach (var name in names) Put(name, $"<contenu de {name}/>");
        var source = Source("deplacer");

        var ready = await ListAsync(source);

        Assert.Equal(names.Order(StringComparer.Ordinal), Names(ready));
        foreach (var file in ready)
        {
            Assert.Equal($"<contenu de {file.Name}/>", System.Text.Encoding.UTF8.GetString(await ReadAsync(source, file)));
            await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);
        }

        Assert.Empty(await ListAsync(source));
        // A local folder may make a name safe for its file system in traites/ (a backslash is a separator on Windows).
        var moved = Directory.GetFiles(Local("traites")).Select(File.ReadAllText).Order(StringComparer.Ordinal);
        Assert.Equal(names.Select(n => $"<contenu de {n}/>").Order(StringComparer.Ordinal), moved);
        var movedNames = Directory.GetFiles(Local("traites")).Select(f => Path.GetFileName(f)!).ToHashSet(StringComparer.Ordinal);
        Assert.All(names, n => Assert.True(
            movedNames.Contains($"{Stamp()}_{n}") || movedNames.Contains($"{Stamp()}_{SafeFileName.Sanitize(n)}"), $"« {n} » absent de traites/"));
    }

    [DropSourceFact]
    public async Task SyncPipeline_RunTwiceWithConserver_TakesEachFileOnceAndLeavesThem()
    {
        using var sync = new SyncFixture();
        var dropped = CopyInto(sync.Generate());

        // A fresh source for each run, as the service builds them: only the state store remembers what was taken.
        var first = await sync.RunAsync(CreateSource("*", "conserver", 0, TimeProvider.System));
        var second = await sync.RunAsync(CreateSource("*", "conserver", 0, TimeProvider.System));

        Assert.Empty(first.Failures);
        Assert.Equal(dropped.Order(StringComparer.Ordinal), first.Received.Select(r => r.OriginalName).Order(StringComparer.Ordinal));
        Assert.Empty(first.Quarantined);
        Assert.Empty(second.Failures);
        Assert.True(second.NothingNew);
        Assert.Equal(dropped.Count, Directory.GetFiles(DropFolder).Length);
        Assert.Empty(Directory.GetFiles(sync.Data.Inbox));
        AssertNoLocalCopy();
    }

    [DropSourceFact]
    public async Task SyncPipeline_RunTwiceWithDeplacer_MovesEachFileOnce()
    {
        using var sync = new SyncFixture();
        var dropped = CopyInto(sync.Generate());

        // A fresh source for each run, as the service builds them: only the state store remembers what was taken.
        var first = await sync.RunAsync(CreateSource("*", "deplacer", 0, TimeProvider.System));
        var second = await sync.RunAsync(CreateSource("*", "deplacer", 0, TimeProvider.System));

        Assert.Empty(first.Failures);
        Assert.Equal(dropped.Count, first.Received.Count);
        Assert.True(second.NothingNew);
        Assert.Empty(Directory.GetFiles(DropFolder));
        Assert.Equal(dropped.Count, Directory.GetFiles(Local("traites")).Length);
        AssertNoLocalCopy();
    }

    private IDropSource Source(string apresTraitement = "deplacer", string motif = "*", int stabilite = 0) =>
        CreateSource(motif, apresTraitement, stabilite, clock);

    private void AssertNoLocalCopy()
    {
        if (LocalCopiesFolder is not null && Directory.Exists(LocalCopiesFolder))
        {
            Assert.Empty(Directory.GetFiles(LocalCopiesFolder, "*", SearchOption.AllDirectories));
        }
    }

    private string Local(params string[] parts) => Path.Combine([DropFolder, .. parts]);

    private void Put(string name, string content) => File.WriteAllText(Local(name), content);

    private List<string> CopyInto(string generated)
    {
        var names = new List<string>();
        foreach (var file in Directory.GetFiles(generated))
        {
            File.Copy(file, Local(Path.GetFileName(file)));
            names.Add(Path.GetFileName(file));
        }

        return names;
    }

    private string Stamp() => clock.GetLocalNow().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static async Task<List<DropFile>> ListAsync(IDropSource source) => await source.ListReadyAsync(CancellationToken.None).ToListAsync();

    private static List<string> Names(IEnumerable<DropFile> files) => files.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();

    private static async Task<byte[]> ReadAsync(IDropSource source, DropFile file)
    {
        await using var stream = await source.OpenReadAsync(file, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}

using System.Text;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Ftp;
using EntSync.Infrastructure.Sources.Remote;
using EntSync.Infrastructure.Tests.Pipeline;
using EntSync.Infrastructure.Tests.Support;
using EntSync.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Infrastructure.Tests.Sources.Ftp;

/// <summary>
/// What every FTP source must do, run against one vsftpd instance with one client (one subclass per combination).
/// The cases follow the local folder's: meant to move under the shared drop-source contract suite.
/// </summary>
public abstract class FtpSourceCases : IDisposable
{
    private protected readonly FtpDrop drop = new();
    private protected readonly ManualTimeProvider time = new();

    /// <summary>The instance (strict: TLS required with session reuse) and client ("auto", "dotnet", "curl").</summary>
    private protected abstract bool Strict { get; }

    private protected abstract string Client { get; }

    private protected virtual string Chiffrement => "explicite";

    public void Dispose() => drop.Dispose();

    private protected SourceOptions Options(string apresTraitement = "deplacer", string motif = "*", int stabilite = 0) =>
        drop.Options(FtpDrop.Port(Strict), Client, apresTraitement, Chiffrement, motif, stabilite);

    private protected FtpSource Source(string apresTraitement = "deplacer", string motif = "*", int stabilite = 0, TimeProvider? clock = null)
    {
        var options = Options(apresTraitement, motif, stabilite);
        var client = FtpClients.Create(options, FtpClients.Endpoint(options), new ExternalProcessRunner(), NullLogger.Instance);
        return new FtpSource(options, client, drop.Downloads, clock ?? time, NullLogger.Instance, new TransientRetry(2, TimeSpan.FromMilliseconds(50), TimeProvider.System));
    }

    private protected static Task<List<DropFile>> ListAsync(IDropSource source) => source.ListReadyAsync(CancellationToken.None).ToListAsync().AsTask();

    private protected static async Task<byte[]> ReadAsync(IDropSource source, DropFile file)
    {
        await using var stream = await source.OpenReadAsync(file, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    [ServerFact("vsftpd")]
    public async Task ListReadyAsync_FilesMatchingThePattern_ListedWithoutSubFoldersOrTraites()
    {
        drop.Put("sts_emp_0769990A_2026.xml", "<STS_EDT/>");
        drop.Put("notes.txt", "pas un export");
        drop.Put("copie.xml.part", "en cours");
        Directory.CreateDirectory(Path.Combine(drop.Local, "traites"));
        File.WriteAllText(Path.Combine(drop.Local, "traites", "ancien.xml"), "<a/>");
        Directory.CreateDirectory(Path.Combine(drop.Local, "sous-dossier.xml"));

        var ready = await ListAsync(Source(motif: "*.xml"));

        var file = Assert.Single(ready);
        Assert.Equal(("depot-ftp", "sts_emp_0769990A_2026.xml", drop.Remote + "/sts_emp_0769990A_2026.xml", 10L),
            (file.Source, file.Name, file.Location, file.Size));
    }

    [ServerFact("vsftpd")]
    public async Task ListReadyAsync_FileGrowingBetweenTheTwoLooks_NotTaken()
    {
        drop.Put("stable.xml", "<a/>");
        var growing = drop.Put("growing.xml", "<a>");
        var source = Source(stabilite: 5);

        var listing = ListAsync(source);
        await time.WaitForTimerAsync();
        await File.AppendAllTextAsync(growing, "encore des données</a>");
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["stable.xml"], (await listing).Select(f => f.Name));
    }

    [ServerFact("vsftpd")]
    public async Task OpenReadAsync_BinaryFile_ByteExactAndDownloadedOnce()
    {
        var content = new byte[300_000];
        new Random(7).NextBytes(content);
        drop.Put("ExportXML_ElevesSansAdresses.zip", content);
        var source = Source();
        var file = Assert.Single(await ListAsync(source));

        Assert.Equal(content, await ReadAsync(source, file));
        File.Delete(Path.Combine(drop.Local, file.Name)); // the second read must come from the local copy
        Assert.Equal(content, await ReadAsync(source, file));

        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);
        Assert.Empty(drop.LeftDownloads());
    }

    [ServerFact("vsftpd")]
    public async Task CompleteAsync_Deplacer_MovedToATraitesFolderCreatedWhenMissing()
    {
        drop.Put("sts_emp_0769990A_2026.xml", "<STS_EDT/>");
        var source = Source();
        var file = Assert.Single(await ListAsync(source));
        await ReadAsync(source, file);

        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);

        Assert.False(File.Exists(Path.Combine(drop.Local, file.Name)));
        var moved = Assert.Single(drop.Processed());
        Assert.Matches(@"^\d{8}T\d{6}_sts_emp_0769990A_2026\.xml$", moved);
        Assert.Empty(await ListAsync(source));
    }

    [ServerFact("vsftpd")]
    public async Task CompleteAsync_Supprimer_RemovedFromTheServer()
    {
        drop.Put("a.xml", "<a/>");
        var source = Source("supprimer");
        var file = Assert.Single(await ListAsync(source));

        await source.CompleteAsync(file, DropOutcome.Quarantined, CancellationToken.None);

        Assert.Empty(Directory.GetFileSystemEntries(drop.Local));
    }

    [ServerFact("vsftpd")]
    public async Task CompleteAsync_Conserver_LeftInPlace()
    {
        drop.Put("a.xml", "<a/>");
        var source = Source("conserver");
        var file = Assert.Single(await ListAsync(source));
        await ReadAsync(source, file);

        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(drop.Local, "a.xml")));
        Assert.Empty(drop.Processed());
        Assert.Empty(drop.LeftDownloads());
    }

    [ServerFact("vsftpd")]
    public async Task AllSteps_OddNames_ListedReadAndMoved()
    {
        string[] names = ["élèves 2026 (copie).xml", "l'export \"final\".xml", "-commence-par-tiret.xml", "100%#?[1].xml", " espace devant.xml"];
        foreach (var name in names) drop.Put(name, "<a>" + name + "</a>");
        var source = Source();

        var ready = await ListAsync(source);

        Assert.Equal(names.Order(StringComparer.Ordinal), ready.Select(f => f.Name));
        foreach (var file in ready)
        {
            Assert.Equal("<a>" + file.Name + "</a>", Encoding.UTF8.GetString(await ReadAsync(source, file)));
            await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);
        }

        Assert.Empty(Directory.GetFiles(drop.Local));
        // traites/ names are stamped and made safe for any file system, as in a local folder.
        Assert.Equal(names.Select(SafeFileName.Sanitize).Order(StringComparer.Ordinal), drop.Processed().Select(n => n[16..]).Order(StringComparer.Ordinal));
    }

    [ServerTheory("vsftpd")]
    [InlineData("conserver")]
    [InlineData("deplacer")]
    public async Task SyncPipeline_RunTwice_FilesTakenOnceAndHandledOnTheServer(string apresTraitement)
    {
        using var sync = new SyncFixture(apresTraitement);
        var generated = sync.Generate(pupils: 20);
        foreach (var f in Directory.GetFiles(generated).Where(f => Path.GetFileName(f).StartsWith("sts_emp", StringComparison.Ordinal) || f.EndsWith("Structures.xml", StringComparison.Ordinal)))
        {
            File.Copy(f, Path.Combine(drop.Local, Path.GetFileName(f)));
        }

        var first = await sync.RunAsync(Source(apresTraitement, clock: TimeProvider.System));
        var second = await sync.RunAsync(Source(apresTraitement, clock: TimeProvider.System));

        Assert.Empty(first.Failures);
        Assert.Equal(2, first.Received.Count);
        Assert.Empty(second.Failures);
        Assert.Empty(second.Received);
        Assert.Equal(apresTraitement == "conserver" ? 2 : 0, Directory.GetFiles(drop.Local).Length);
        Assert.Equal(apresTraitement == "conserver" ? 0 : 2, drop.Processed().Length);
        Assert.Empty(drop.LeftDownloads());
    }
}

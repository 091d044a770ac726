using System.Security.Cryptography;
using System.Text;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Tests.Support;

namespace EntSync.Infrastructure.Tests.Files;

public sealed class FileStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 10, 5, 18, 2, 11);
    private readonly TemporaryFolder temp = new();
    private readonly DataDirectory directory;
    private readonly FileStore store;

    public FileStoreTests()
    {
        directory = new DataDirectory(temp.Combine("data")).EnsureCreated();
        store = new FileStore(directory);
    }

    public void Dispose() => temp.Dispose();

    private static byte[] Content(int size) => Enumerable.Range(0, size).Select(i => (byte)(i * 31 % 251)).ToArray();

    private Task<InboxFile> ReceiveAsync(string name, byte[] content) =>
        store.ReceiveAsync(name, new MemoryStream(content), Now, CancellationToken.None);

    [Fact]
    public async Task ReceiveAsync_Stream_CopiesToInboxWithStampAndSha256()
    {
        var content = Content(300_000);

        var file = await ReceiveAsync("ExportXML_ElevesSansAdresses.xml", content);

        Assert.Equal(Path.Combine(directory.Inbox, "20261005T180211_ExportXML_ElevesSansAdresses.xml"), file.Path);
        Assert.Equal(content, await File.ReadAllBytesAsync(file.Path));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), file.Sha256);
        Assert.Equal(content.Length, file.Size);
        Assert.Equal("ExportXML_ElevesSansAdresses.xml", file.OriginalName);
        Assert.Equal([file.Path], Directory.GetFiles(directory.Inbox));
    }

    [Fact]
    public async Task ReceiveAsync_SameNameSameSecond_AddsCounterAndKeepsBoth()
    {
        var first = await ReceiveAsync("sts_emp.xml", Content(10));
        var second = await ReceiveAsync("sts_emp.xml", Content(20));
        var third = await ReceiveAsync("sts_emp.xml", Content(30));

        Assert.Equal("20261005T180211_sts_emp.xml", Path.GetFileName(first.Path));
        Assert.Equal("20261005T180211_sts_emp (2).xml", Path.GetFileName(second.Path));
        Assert.Equal("20261005T180211_sts_emp (3).xml", Path.GetFileName(third.Path));
        Assert.Equal(10, new FileInfo(first.Path).Length);
        Assert.Equal(20, new FileInfo(second.Path).Length);
    }

    [Theory]
    [InlineData("Export élèves 2026.xml", "Export élèves 2026.xml")]
    [InlineData("l'export \"final\".xml", "l'export \"final\".xml")]
    [InlineData("-rf.xml", "-rf.xml")]
    [InlineData("..\\evil.xml", "_evil.xml")]
    [InlineData("../../etc/passwd", "_._etc_passwd")]
    [InlineData("..", "fichier")]
    [InlineData("a\u0001b.xml", "a_b.xml")]
    public async Task ReceiveAsync_OddName_StaysReadableAndInsideInbox(string name, string expected)
    {
        if (OperatingSystem.IsWindows() && name.Contains('"'))
        {
            expected = expected.Replace('"', '_');
        }

        var file = await ReceiveAsync(name, Content(5));

        Assert.Equal(directory.Inbox, Path.GetDirectoryName(file.Path));
        Assert.Equal("20261005T180211_" + expected, Path.GetFileName(file.Path));
        Assert.Equal(name, file.OriginalName);
        Assert.True(File.Exists(file.Path));
    }

    [Fact]
    public async Task ReceiveAsync_StreamFails_LeavesNothingInInbox()
    {
        var failing = new FailingStream(Content(100_000), failAfter: 50_000);

        await Assert.ThrowsAsync<IOException>(() => store.ReceiveAsync("a.xml", failing, Now, CancellationToken.None));

        Assert.Empty(Directory.GetFiles(directory.Inbox, "*", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public async Task QuarantineAsync_InboxFile_MovesItAndWritesFrenchReasonWithBom()
    {
        var file = await ReceiveAsync("inconnu.xml", Content(50));

        var path = await store.QuarantineAsync(file, "Export non reconnu : élément racine « Foo » inattendu (ligne 1, colonne 2).", Now, CancellationToken.None);

        Assert.Equal(Path.Combine(directory.Quarantine, "20261005T180211_inconnu.xml"), path);
        Assert.False(File.Exists(file.Path));
        Assert.Equal(Content(50), await File.ReadAllBytesAsync(path));
        var reason = await File.ReadAllBytesAsync(path + ".raison.txt");
        Assert.Equal(Encoding.UTF8.GetPreamble(), reason[..3]);
        var text = Encoding.UTF8.GetString(reason[3..]);
        Assert.Contains("élément racine « Foo » inattendu (ligne 1, colonne 2)", text);
        Assert.Contains("Fichier d'origine : inconnu.xml", text);
        Assert.Contains(file.Sha256, text);
    }

    [Fact]
    public async Task QuarantineAsync_NameAlreadyInQuarantine_KeepsBothWithTheirReasons()
    {
        var first = await ReceiveAsync("a.xml", Content(1));
        await store.QuarantineAsync(first, "première", Now, CancellationToken.None);
        var second = await ReceiveAsync("a.xml", Content(2));

        var path = await store.QuarantineAsync(second, "seconde", Now, CancellationToken.None);

        Assert.Equal("20261005T180211_a (2).xml", Path.GetFileName(path));
        Assert.Contains("première", await File.ReadAllTextAsync(Path.Combine(directory.Quarantine, "20261005T180211_a.xml.raison.txt")));
        Assert.Contains("seconde", await File.ReadAllTextAsync(path + ".raison.txt"));
    }

    [Fact]
    public async Task ArchiveAsync_InboxFile_MovesToDateFolder()
    {
        var file = await ReceiveAsync("sts_emp.xml", Content(40));

        var path = await store.ArchiveAsync(file, new DateTime(2026, 10, 6, 0, 30, 0), CancellationToken.None);

        Assert.Equal(Path.Combine(directory.Archive, "2026-10-06", "20261005T180211_sts_emp.xml"), path);
        Assert.False(File.Exists(file.Path));
        Assert.Equal(Content(40), await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task ArchiveAsync_AlreadyMovedByACrashedRun_ReturnsTheArchivedCopy()
    {
        var file = await ReceiveAsync("sts_emp.xml", Content(40));
        var archived = await store.ArchiveAsync(file, Now, CancellationToken.None);

        var again = await store.ArchiveAsync(file, Now, CancellationToken.None);

        Assert.Equal(archived, again);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(archived)!));
    }

    [Fact]
    public async Task ArchiveAsync_CopyNowhere_Throws()
    {
        var file = await ReceiveAsync("a.xml", Content(3));
        File.Delete(file.Path);

        await Assert.ThrowsAsync<FileNotFoundException>(() => store.ArchiveAsync(file, Now, CancellationToken.None));
    }

    [Fact]
    public async Task PendingInboxFiles_AfterInterruptedRun_ListsCopiesButNotTemporaryFiles()
    {
        var older = await ReceiveAsync("b.xml", Content(1));
        var newer = await store.ReceiveAsync("a.xml", new MemoryStream(Content(2)), Now.AddMinutes(1), CancellationToken.None);
        var archived = await ReceiveAsync("c.xml", Content(3));
        await store.ArchiveAsync(archived, Now, CancellationToken.None);
        File.WriteAllText(AtomicFiles.TemporaryPath(directory.Inbox), "partial");

        var pending = store.PendingInboxFiles();

        Assert.Equal([older.Path, newer.Path], pending);
    }

    [Fact]
    public async Task DeleteTemporaryFiles_PartialCopies_RemovedAndCopiesKept()
    {
        var kept = await ReceiveAsync("a.xml", Content(1));
        File.WriteAllText(AtomicFiles.TemporaryPath(directory.Inbox), "partial");
        Directory.CreateDirectory(Path.Combine(directory.Archive, "2026-10-05"));
        File.WriteAllText(AtomicFiles.TemporaryPath(Path.Combine(directory.Archive, "2026-10-05")), "partial");

        Assert.Equal(2, store.DeleteTemporaryFiles());
        Assert.Equal([kept.Path], Directory.GetFiles(directory.Inbox, "*", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public async Task WriteReportAsync_ExistingReport_ReplacedAtomically()
    {
        await store.WriteReportAsync("0769990A_dernier.html", "<p>ancien</p>", CancellationToken.None);

        var path = await store.WriteReportAsync("0769990A_dernier.html", "<p>élèves</p>", CancellationToken.None);

        Assert.Equal(Path.Combine(directory.Rapports, "0769990A_dernier.html"), path);
        Assert.Equal("<p>élèves</p>", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(directory.Rapports, "*", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public async Task WriteReportAsync_NameWithSeparators_StaysInRapports()
    {
        var path = await store.WriteReportAsync("../../evil.html", "x", CancellationToken.None);

        Assert.Equal(directory.Rapports, Path.GetDirectoryName(path));
    }

    private sealed class FailingStream(byte[] content, int failAfter) : MemoryStream(content)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position >= failAfter ? throw new IOException("connexion coupée") : base.ReadAsync(buffer[..Math.Min(buffer.Length, 10_000)], cancellationToken);
    }
}

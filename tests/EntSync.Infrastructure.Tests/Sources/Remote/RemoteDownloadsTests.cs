using EntSync.Infrastructure.Sources.Remote;
using EntSync.Infrastructure.Tests.Support;

namespace EntSync.Infrastructure.Tests.Sources.Remote;

public sealed class RemoteDownloadsTests : IDisposable
{
    private readonly TemporaryFolder root = new();
    private readonly RemoteDownloads downloads;
    private int transfers;

    public RemoteDownloadsTests() => downloads = new RemoteDownloads(root.Combine("telechargements"));

    public void Dispose() => root.Dispose();

    private Func<string, CancellationToken, Task> Serving(string content) => async (local, ct) =>
    {
        transfers++;
        await File.WriteAllTextAsync(local, content, ct);
    };

    private static async Task<string> ReadAsync(Stream stream)
    {
        await using (stream)
        {
            using var reader = new StreamReader(stream);
            return await reader.ReadToEndAsync();
        }
    }

    private string[] Files() => Directory.Exists(root.Combine("telechargements")) ? Directory.GetFiles(root.Combine("telechargements")) : [];

    [Fact]
    public async Task OpenAsync_OpenedTwice_DownloadedOnce()
    {
        var first = await ReadAsync(await downloads.OpenAsync("/depot/a b.xml", 4, Serving("<a/>"), CancellationToken.None));
        var second = await ReadAsync(await downloads.OpenAsync("/depot/a b.xml", 4, Serving("<b/>"), CancellationToken.None));

        Assert.Equal("<a/>", first);
        Assert.Equal("<a/>", second);
        Assert.Equal(1, transfers);
    }

    [Fact]
    public async Task OpenAsync_NamesLocalFileSystemsRefuse_KeptApartUnderSafeNames()
    {
        await (await downloads.OpenAsync("/depot/a:b*?.xml", 1, Serving("1"), CancellationToken.None)).DisposeAsync();
        await (await downloads.OpenAsync("/depot/a_b__.xml", 1, Serving("2"), CancellationToken.None)).DisposeAsync();

        Assert.Equal(2, transfers);
        Assert.All(Files(), f => Assert.Matches("^[0-9a-f]{64}$", Path.GetFileName(f)));
    }

    [Fact]
    public async Task OpenAsync_CopyShorterThanListed_RefusedAndNothingLeft()
    {
        var error = await Assert.ThrowsAsync<IOException>(() => downloads.OpenAsync("/depot/a.xml", 10, Serving("<a/>"), CancellationToken.None));

        Assert.Contains("transfert incomplet : 4 octets reçus sur 10", error.Message);
        Assert.Empty(Files());
    }

    [Fact]
    public async Task OpenAsync_TransferFailsHalfway_PartialCopyRemovedAndNextOpenDownloadsAgain()
    {
        Func<string, CancellationToken, Task> cut = async (local, ct) =>
        {
            await File.WriteAllTextAsync(local, "<a", ct);
            throw new IOException("connexion coupée");
        };

        await Assert.ThrowsAsync<IOException>(() => downloads.OpenAsync("/depot/a.xml", 4, cut, CancellationToken.None));
        Assert.Empty(Files());

        Assert.Equal("<a/>", await ReadAsync(await downloads.OpenAsync("/depot/a.xml", 4, Serving("<a/>"), CancellationToken.None)));
    }

    [Fact]
    public async Task Discard_RemovesTheCopy_SoTheNextOpenDownloadsAgain()
    {
        await (await downloads.OpenAsync("/depot/a.xml", 4, Serving("<a/>"), CancellationToken.None)).DisposeAsync();

        downloads.Discard("/depot/a.xml");
        downloads.Discard("/depot/jamais-telecharge.xml");

        Assert.Empty(Files());
        await (await downloads.OpenAsync("/depot/a.xml", 4, Serving("<a/>"), CancellationToken.None)).DisposeAsync();
        Assert.Equal(2, transfers);
    }

    [Fact]
    public void Discard_BeforeAnyDownload_DoesNothing()
    {
        downloads.Discard("/depot/a.xml");

        Assert.False(Directory.Exists(root.Combine("telechargements")));
    }

    [Fact]
    public async Task Clear_RemovesEveryCopyLeftByAnEarlierRun()
    {
        await (await downloads.OpenAsync("/depot/a.xml", 4, Serving("<a/>"), CancellationToken.None)).DisposeAsync();
        await (await downloads.OpenAsync("/depot/b.xml", 4, Serving("<b/>"), CancellationToken.None)).DisposeAsync();

        downloads.Clear();
        downloads.Clear();

        Assert.Empty(Files());
    }
}

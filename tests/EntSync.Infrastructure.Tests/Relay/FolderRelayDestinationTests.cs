using EntSync.Core.Relay;
using EntSync.Infrastructure.Relay;
using EntSync.Infrastructure.Tests.Support;

namespace EntSync.Infrastructure.Tests.Relay;

public sealed class FolderRelayDestinationTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Deliver_CopiesByteIdenticalIntoAFolderCreatedOnTheWayAndLeavesNoTemporaryFile()
    {
        var source = Source([1, 2, 3, 0, 255]);
        var target = Path.Combine(_temp.Path, "partage", "import-edt");

        var result = await new FolderRelayDestination("import-edt", target).DeliverAsync(RelayDestinations.Payload(source, "sts_emp_0134567A_2026.xml"), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Accepte, result.Outcome);
        Assert.Equal([1, 2, 3, 0, 255], await File.ReadAllBytesAsync(Path.Combine(target, "sts_emp_0134567A_2026.xml")));
        Assert.Single(Directory.GetFileSystemEntries(target));
    }

    [Fact]
    public async Task Deliver_SameNameAgain_ReplacesTheOlderFile()
    {
        var target = Path.Combine(_temp.Path, "import");
        var destination = new FolderRelayDestination("import", target);
        await destination.DeliverAsync(RelayDestinations.Payload(Source([1]), "Structures.xml"), CancellationToken.None);

        await destination.DeliverAsync(RelayDestinations.Payload(Source([2]), "Structures.xml"), CancellationToken.None);

        Assert.Equal([2], await File.ReadAllBytesAsync(Path.Combine(target, "Structures.xml")));
    }

    [Fact]
    public async Task Deliver_FolderIsAFile_IsAPassingFailureWithTheReason()
    {
        var notAFolder = Path.Combine(_temp.Path, "fichier");
        await File.WriteAllTextAsync(notAFolder, "x");

        var result = await new FolderRelayDestination("import", notAFolder).DeliverAsync(RelayDestinations.Payload(Source([1]), "a.xml"), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Temporaire, result.Outcome);
        Assert.Contains("écriture impossible", result.Error);
    }

    private string Source(byte[] content)
    {
        var path = Path.Combine(_temp.Path, $"{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, content);
        return path;
    }
}

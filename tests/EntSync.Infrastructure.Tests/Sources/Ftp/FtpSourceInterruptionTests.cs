using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Ftp;
using EntSync.Infrastructure.Sources.Remote;
using EntSync.Infrastructure.Tests.Pipeline;
using EntSync.Infrastructure.Tests.Support;
using EntSync.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Infrastructure.Tests.Sources.Ftp;

/// <summary>A server that goes away: mid-run, and in the middle of a transfer (a throwaway vsftpd, killed).</summary>
public sealed class FtpSourceInterruptionTests : IDisposable
{
    private readonly FtpDrop drop = new();

    public void Dispose() => drop.Dispose();

    private FtpSource Source(SourceOptions options, TimeProvider clock) =>
        new(options, FtpClients.Create(options, FtpClients.Endpoint(options), new ExternalProcessRunner(), NullLogger.Instance), drop.Downloads, clock,
            NullLogger.Instance, new TransientRetry(2, TimeSpan.FromMilliseconds(50), TimeProvider.System));

    [ServerFact("vsftpd")]
    public async Task SyncPipeline_ServerStoppedDuringTheRun_SourceFailedThenTheNextRunTakesTheFile()
    {
        using var server = new ThrowawayVsftpd(firstPassivePort: 40100);
        using var sync = new SyncFixture();
        var sts = Directory.GetFiles(sync.Generate(pupils: 10)).First(f => Path.GetFileName(f).StartsWith("sts_emp", StringComparison.Ordinal));
        File.Copy(sts, Path.Combine(drop.Local, Path.GetFileName(sts)));
        var options = drop.Options(server.Port, "curl", stabilite: 5);
        var clock = new ManualTimeProvider();

        var run = sync.RunAsync(Source(options, clock));
        await clock.WaitForTimerAsync(); // first listing done, waiting for the second look
        server.Kill();
        clock.Advance(TimeSpan.FromSeconds(5));
        var failed = await run;

        var failure = Assert.Single(failed.Failures);
        Assert.StartsWith("source depot-ftp : Source « depot-ftp » : le serveur FTP", failure, StringComparison.Ordinal);
        Assert.Equal(1, failed.Summary.Outcome);
        Assert.Empty(failed.Received);
        Assert.True(File.Exists(Path.Combine(drop.Local, Path.GetFileName(sts))));

        server.Start();
        var next = await sync.RunAsync(Source(drop.Options(server.Port, "curl"), TimeProvider.System));

        Assert.Empty(next.Failures);
        Assert.Single(next.Received);
        Assert.Single(drop.Processed());
    }

    [ServerTheory("vsftpd")]
    [InlineData("curl", "explicite")]
    [InlineData("dotnet", "aucun")]
    public async Task OpenReadAsync_ServerKilledMidTransfer_PartialCopyDiscardedAndRemoteFileKept(string client, string chiffrement)
    {
        // 20 kB/s: a 400 kB file takes about 20 s, time enough to cut it.
        using var server = new ThrowawayVsftpd(firstPassivePort: client == "curl" ? 40110 : 40120, maxRate: 20_000);
        var content = new byte[400_000];
        new Random(3).NextBytes(content);
        var remote = drop.Put("ExportXML_ElevesAvecAdresses.zip", content);
        var source = Source(drop.Options(server.Port, client, chiffrement: chiffrement), TimeProvider.System);
        var file = Assert.Single(await source.ListReadyAsync(CancellationToken.None).ToListAsync());

        var reading = source.OpenReadAsync(file, CancellationToken.None);
        await WaitForPartialCopyAsync(reading);
        server.Kill();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => reading);

        Assert.True(error is DropSourceException { IsConfigurationError: false } or IOException, error.ToString());
        Assert.Empty(drop.LeftDownloads());
        Assert.Equal(content, await File.ReadAllBytesAsync(remote));
    }

    private async Task WaitForPartialCopyAsync(Task reading)
    {
        for (var i = 0; i < 400 && !reading.IsCompleted; i++)
        {
            if (drop.LeftDownloads().Any(f => new FileInfo(f).Length > 0)) return;
            await Task.Delay(50);
        }

        throw new InvalidOperationException("Le téléchargement n'a pas commencé : " + (reading.IsCompleted ? "déjà terminé" : "rien reçu"));
    }
}

using EntSync.Core.Pipeline.Contracts;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Sftp;
using EntSync.Infrastructure.Tests.Pipeline;
using EntSync.Infrastructure.Tests.Support;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Sources.Sftp;

/// <summary>What only a remote source has to survive, against the real sshd: a server that stops, a transfer cut, a
/// wrong host key, wrong credentials, a slow or absent server, a missing remote folder.</summary>
public sealed class SftpSourceServerTests : IDisposable
{
    private readonly SshdDrop drop = new();
    private readonly TemporaryFolder keys = new();

    public void Dispose()
    {
        drop.Dispose();
        keys.Dispose();
    }

    [ServerFact("sshd")]
    public async Task SyncPipeline_ServerStoppedMidRun_SourceFailedThenTheNextRunTakesTheFile()
    {
        using var sync = new SyncFixture();
        var sts = Directory.GetFiles(sync.Generate()).First(f => Path.GetFileName(f).StartsWith("sts_emp", StringComparison.Ordinal));
        File.Copy(sts, drop.Local("sts_emp.xml"));
        using var server = new ThrowawaySshd();
        var options = drop.Options();
        options.Port = server.Port;
        // The two listings reach the server; it is stopped before the download.
        var stopping = new RecordingProcessRunner(new ExternalProcessRunner(), call => { if (call == 2) server.Stop(); });

        var failed = await sync.RunAsync(drop.Source(options, runner: stopping));

        var failure = Assert.Single(failed.Failures);
        Assert.StartsWith("source sftp-test : Serveur SFTP 127.0.0.1:", failure);
        Assert.Contains("injoignable", failure);
        Assert.Contains("connexion refusée", failure);
        Assert.Empty(failed.Received);
        Assert.True(File.Exists(drop.Local("sts_emp.xml")));
        Assert.Empty(drop.LocalCopies());

        server.Start();
        var next = await sync.RunAsync(drop.Source(options));

        Assert.Empty(next.Failures);
        Assert.Equal("sts_emp.xml", Assert.Single(next.Received).OriginalName);
        Assert.False(File.Exists(drop.Local("sts_emp.xml")));
        Assert.Single(Directory.GetFiles(drop.Local("traites")));
    }

    [ServerFact("sshd")]
    public async Task OpenReadAsync_TransferCutInTheMiddle_PartialCopyDiscardedRemoteFileKept()
    {
        var content = new byte[4 * 1024 * 1024];
        new Random(3).NextBytes(content);
        await File.WriteAllBytesAsync(drop.Local("gros.zip"), content);
        using var proxy = new TcpCutProxy(SshdDrop.Port, cutAfter: 512 * 1024);
        var options = drop.Options();
        options.Port = proxy.Port;
        var source = drop.Source(options, attempts: 2);
        var file = Assert.Single(await source.ListReadyAsync(CancellationToken.None).ToListAsync());

        var error = await Assert.ThrowsAsync<DropSourceException>(() => source.OpenReadAsync(file, CancellationToken.None));

        Assert.False(error.IsConfigurationError);
        Assert.Equal(2, proxy.Cuts);
        Assert.Empty(drop.LocalCopies());
        Assert.Equal(content, await File.ReadAllBytesAsync(drop.Local("gros.zip")));

        // Through a sound connection the same file comes whole.
        var direct = drop.Source(drop.Options());
        var again = Assert.Single(await direct.ListReadyAsync(CancellationToken.None).ToListAsync());
        await using var stream = await direct.OpenReadAsync(again, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
    }

    [ServerFact("sshd")]
    public async Task ListReadyAsync_WrongHostKey_ConfigurationErrorNamingTheServersFingerprint_NotRetried()
    {
        File.WriteAllText(drop.Local("a.xml"), "<a/>");
        var options = drop.Options();
        options.CleHote = await OtherKeyLineAsync();
        var runner = new RecordingProcessRunner(new ExternalProcessRunner());

        var error = await Assert.ThrowsAsync<DropSourceException>(() => drop.Source(options, runner: runner, attempts: 3).ListReadyAsync(CancellationToken.None).ToListAsync().AsTask());

        Assert.True(error.IsConfigurationError);
        Assert.Contains("ne correspond plus à la clé épinglée", error.Message);
        Assert.Contains(SshdDrop.HostKey.Fingerprint, error.Message);
        Assert.Contains($"entsync sftp trust 127.0.0.1:{SshdDrop.Port}", error.Message);
        Assert.Equal(1, runner.Calls);
    }

    [ServerFact("sshd")]
    public async Task ListReadyAsync_KnownHostsFileWithoutThisServer_ConfigurationErrorWithTheScannedFingerprint()
    {
        var knownHosts = keys.Combine("known_hosts");
        File.WriteAllText(knownHosts, $"[autre.exemple.fr]:2222 {SshdDrop.HostKey.KeyType} {SshdDrop.HostKey.KeyBase64}\n");
        var options = drop.Options();
        options.CleHote = knownHosts;
        var runner = new RecordingProcessRunner(new ExternalProcessRunner());

        var error = await Assert.ThrowsAsync<DropSourceException>(() => drop.Source(options, runner: runner).ListReadyAsync(CancellationToken.None).ToListAsync().AsTask());

        Assert.True(error.IsConfigurationError);
        Assert.Contains("Aucune clé d'hôte épinglée", error.Message);
        Assert.Contains(SshdDrop.HostKey.Fingerprint, error.Message);
        Assert.Equal(["sftp", "ssh-keyscan"], runner.Requests.Select(r => r.FileName));
    }

    [ServerFact("sshd")]
    public async Task ListReadyAsync_KnownHostsFileAsCleHote_Connects()
    {
        File.WriteAllText(drop.Local("a.xml"), "<a/>");
        var options = drop.Options();
        options.CleHote = TestServers.Get("SSHD_KNOWN_HOSTS");

        var ready = await drop.Source(options).ListReadyAsync(CancellationToken.None).ToListAsync();

        Assert.Equal("a.xml", Assert.Single(ready).Name);
    }

    [ServerFact("sshd")]
    public async Task ListReadyAsync_KeyNotAuthorized_ConfigurationErrorNotRetried()
    {
        var options = drop.Options();
        options.ClePrivee = await NewKeyAsync();
        var runner = new RecordingProcessRunner(new ExternalProcessRunner());

        var error = await Assert.ThrowsAsync<DropSourceException>(() => drop.Source(options, runner: runner, attempts: 3).ListReadyAsync(CancellationToken.None).ToListAsync().AsTask());

        Assert.True(error.IsConfigurationError);
        Assert.Contains("refuse la connexion", error.Message);
        Assert.Contains("clés autorisées", error.Message);
        Assert.Equal(1, runner.Calls);
    }

    [ServerFact("sshd")]
    public async Task ListReadyAsync_UnknownUser_ConfigurationError()
    {
        var options = drop.Options();
        options.Utilisateur = "personne";

        var error = await Assert.ThrowsAsync<DropSourceException>(() => drop.Source(options).ListReadyAsync(CancellationToken.None).ToListAsync().AsTask());

        Assert.True(error.IsConfigurationError);
        Assert.Contains("« personne »", error.Message);
    }

    [ServerFact("sshd")]
    public async Task ListReadyAsync_NothingListening_TransientAfterEveryAttempt()
    {
        var options = drop.Options();
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            options.Port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var runner = new RecordingProcessRunner(new ExternalProcessRunner());

        var error = await Assert.ThrowsAsync<DropSourceException>(() => drop.Source(options, runner: runner, attempts: 3).ListReadyAsync(CancellationToken.None).ToListAsync().AsTask());

        Assert.False(error.IsConfigurationError);
        Assert.Contains("connexion refusée", error.Message);
        Assert.Contains("Nouvel essai au prochain passage", error.Message);
        Assert.Equal(3, runner.Calls);
    }

    [ServerFact("sshd")]
    public async Task ListReadyAsync_ServerThatNeverAnswers_KilledAtTheDelayAndTransient()
    {
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start(); // accepts (the kernel's backlog) and never says a word
        var options = drop.Options();
        options.Port = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
        options.DelaiSecondes = 1;

        var error = await Assert.ThrowsAsync<DropSourceException>(() => drop.Source(options, attempts: 1).ListReadyAsync(CancellationToken.None).ToListAsync().AsTask());

        Assert.False(error.IsConfigurationError);
        Assert.Contains("injoignable", error.Message);
    }

    [ServerFact("sshd")]
    public async Task ListReadyAsync_RemoteFolderMissing_ConfigurationErrorNamingIt()
    {
        var options = drop.Options();
        options.Chemin = drop.RemotePath + "/absent";

        var error = await Assert.ThrowsAsync<DropSourceException>(() => drop.Source(options).ListReadyAsync(CancellationToken.None).ToListAsync().AsTask());

        Assert.True(error.IsConfigurationError);
        Assert.Contains($"« {options.Chemin} » est introuvable", error.Message);
    }

    [ServerFact("sshd")]
    public async Task OpenReadAsync_TwoOpens_OneDownloadThenCopyDiscardedOnComplete()
    {
        File.WriteAllText(drop.Local("a.xml"), "<a/>");
        var runner = new RecordingProcessRunner(new ExternalProcessRunner());
        var source = drop.Source(drop.Options(apresTraitement: "conserver"), runner: runner);
        var file = Assert.Single(await source.ListReadyAsync(CancellationToken.None).ToListAsync());

        await (await source.OpenReadAsync(file, CancellationToken.None)).DisposeAsync();
        await (await source.OpenReadAsync(file, CancellationToken.None)).DisposeAsync();
        var downloads = runner.Requests.Count(r => r.StandardInput!.Contains("get ", StringComparison.Ordinal));
        var copies = drop.LocalCopies().Length;
        await source.CompleteAsync(file, DropOutcome.Done, CancellationToken.None);

        Assert.Equal(1, downloads);
        Assert.Equal(1, copies);
        Assert.Empty(drop.LocalCopies());
    }

    private async Task<string> NewKeyAsync()
    {
        var key = keys.Combine($"id_ed25519_{Guid.NewGuid():N}");
        var result = await new ExternalProcessRunner().RunAsync(
            new ProcessRequest("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", key], TimeSpan.FromSeconds(30)), CancellationToken.None);
        Assert.True(result.Succeeded, result.StandardError);
        return key;
    }

    private async Task<string> OtherKeyLineAsync()
    {
        var key = await NewKeyAsync();
        var line = File.ReadAllText(key + ".pub").Split(' ');
        return $"{line[0]} {line[1]}";
    }
}

using EntSync.Core.Relay;
using EntSync.Core.Tests.Support;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Relay;
using EntSync.Infrastructure.Tests.Sources.Sftp;
using EntSync.Infrastructure.Tests.Support;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Relay;

/// <summary>The sftp destination against the real sshd of the test servers: whole runs, a wrong host key, a name already there.</summary>
public sealed class SftpRelayDestinationTests : IDisposable
{
    private const string SampleUai = "0134567A";
    private static readonly string EncryptedSample = Samples.Sample("edt-index-ent-export/laclasse/Edt_To_LaclasseCom_0134567A.xml");

    private readonly SshdDrop _drop = new();
    private readonly TemporaryFolder _work = new();

    public void Dispose()
    {
        _drop.Dispose();
        _work.Dispose();
    }

    [ServerFact("sshd")]
    public async Task Run_EncryptedSample_ArrivesByteIdenticalUnderTheEntcoreNameAndNoTemporaryFileIsLeft()
    {
        using var sync = new RelaySync(SampleUai);
        sync.Options.Destinations.Add(Destination(SampleUai));
        sync.DropFile(EncryptedSample);

        var run = await sync.RunAsync();

        Assert.Equal(RelayStatus.Envoye, Assert.Single(run.Relay.Items).Status);
        var arrived = Assert.Single(Directory.GetFiles(_drop.LocalPath));
        Assert.Matches(@"^0134567A_\d{14}_EDT\.xml$", Path.GetFileName(arrived));
        Assert.Equal(await File.ReadAllBytesAsync(EncryptedSample), await File.ReadAllBytesAsync(arrived));
        Assert.Equal(DeliveryOutcome.Accepte, Assert.Single(await sync.AttemptsAsync()).Outcome);
    }

    [ServerFact("sshd")]
    public async Task Run_Simulation_RunsNoSftpAndSendsNothing()
    {
        using var sync = new RelaySync(SampleUai);
        var destination = Destination(SampleUai);
        destination.Mode = "simulation";
        sync.Options.Destinations.Add(destination);
        var processes = new RecordingProcessRunner(new ExternalProcessRunner());
        sync.Processes = processes;
        sync.DropFile(EncryptedSample);

        var run = await sync.RunAsync();

        Assert.Equal(RelayStatus.Simule, Assert.Single(run.Relay.Items).Status);
        Assert.Equal(0, processes.Calls);
        Assert.Empty(Directory.GetFiles(_drop.LocalPath));
    }

    [ServerFact("sshd")]
    public async Task DeliverAsync_WrongPinnedHostKey_RefusedInFrenchNamingTheServersFingerprint()
    {
        var options = Destination(SampleUai);
        options.CleHote = TestKeys.PublicKeyLine;

        var result = await Create(options).DeliverAsync(Payload("0134567A_20261005180211_EDT.xml"), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Refuse, result.Outcome);
        Assert.Contains("clé d'hôte", result.Error);
        Assert.Contains(SshdDrop.HostKey.Fingerprint, result.Error);
        Assert.Contains("entsync sftp trust", result.Error);
        Assert.Empty(Directory.GetFiles(_drop.LocalPath));
    }

    [ServerFact("sshd")]
    public async Task DeliverAsync_NameAlreadyThere_ReplacedByTheNewFile()
    {
        await File.WriteAllTextAsync(_drop.Local("sts_emp_0134567A.xml"), "ancien");
        var payload = Payload("sts_emp_0134567A.xml");

        var result = await Create(Destination(SampleUai)).DeliverAsync(payload, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Accepte, result.Outcome);
        Assert.Equal(await File.ReadAllBytesAsync(payload.Path), await File.ReadAllBytesAsync(_drop.Local("sts_emp_0134567A.xml")));
        Assert.Single(Directory.GetFiles(_drop.LocalPath));
    }

    [ServerFact("sshd")]
    public async Task DeliverAsync_RemoteFolderMissing_RefusedNamingTheFolder()
    {
        var options = Destination(SampleUai);
        options.Chemin = _drop.RemotePath + "/absent";

        var result = await Create(options).DeliverAsync(Payload("0134567A_20261005180211_EDT.xml"), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Refuse, result.Outcome);
        Assert.Contains($"« {options.Chemin} »", result.Error);
        Assert.Contains("vérifiez chemin", result.Error);
    }

    private SftpRelayDestination Create(DestinationOptions options) =>
        new(options, new ExternalProcessRunner(), _work.Combine("ent.known_hosts"));

    private RelayPayload Payload(string remoteName)
    {
        var path = _work.Combine("archive.xml");
        File.Copy(EncryptedSample, path, overwrite: true);
        return RelayDestinations.Payload(path, remoteName);
    }

    private DestinationOptions Destination(string uai) => new()
    {
        Nom = "ent-sftp", Etablissement = uai, Type = "sftp", Mode = "reel", Types = ["EdtChiffre"], PremierImportManuel = false,
        Hote = "127.0.0.1", Port = SshdDrop.Port, Utilisateur = TestServers.Get("SSHD_USER"), ClePrivee = TestServers.Get("SSHD_KEY"),
        CleHote = TestServers.Get("SSHD_HOST_KEY_LINE"), Chemin = _drop.RemotePath, DelaiSecondes = 30, PauseTentativesSecondes = 0,
    };
}

using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Relay;
using EntSync.Infrastructure.Tests.Sources.Sftp;
using EntSync.Infrastructure.Tests.Support;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Relay;

/// <summary>The diagnostic's probes: reach each kind of destination without sending a file.</summary>
public sealed class RelayProbeTests : IAsyncLifetime
{
    private readonly TemporaryFolder _work = new();
    private TestReceiver _ent = null!;

    public async Task InitializeAsync() => _ent = await TestReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _ent.DisposeAsync();
        _work.Dispose();
    }

    [Fact]
    public async Task Http_ServerAnswers200_OkAndNoFileSent()
    {
        using var destination = new HttpRelayDestination(RelayDestinations.Http(_ent.Url("import")));

        var probe = await destination.ProbeAsync(CancellationToken.None);

        Assert.Equal(RelayProbeStatus.Ok, probe.Status);
        var request = Assert.Single(_ent.Requests);
        Assert.Equal("HEAD", request.Method);
        Assert.Empty(request.Body);
    }

    [Fact]
    public async Task Http_ServerAnswers403_FailureWithTheCredentialsFix()
    {
        _ent.Answer(403, "interdit");
        using var destination = new HttpRelayDestination(RelayDestinations.Http(_ent.Url("import")));

        var probe = await destination.ProbeAsync(CancellationToken.None);

        Assert.Equal(RelayProbeStatus.Failure, probe.Status);
        Assert.Contains("HTTP 403", probe.Text);
        Assert.Contains("jeton", probe.Fix);
    }

    [Fact]
    public async Task Http_NobodyListening_FailureNamingTheConnection()
    {
        using var destination = new HttpRelayDestination(RelayDestinations.Http(new Uri("http://127.0.0.1:1/import")));

        var probe = await destination.ProbeAsync(CancellationToken.None);

        Assert.Equal(RelayProbeStatus.Failure, probe.Status);
        Assert.Contains("connexion impossible", probe.Text);
    }

    [ServerFact("webdav")]
    public async Task WebDav_ExistingFolderMissingFolderWrongPassword_OkWarningFailure()
    {
        var folder = $"sonde-{Guid.NewGuid():N}";
        Directory.CreateDirectory(Path.Combine(TestServers.Get("WEBDAV_ROOT"), folder));
        using var existing = new WebDavRelayDestination(WebDav(TestServers.Get("WEBDAV_URL") + folder + "/"));
        using var missing = new WebDavRelayDestination(WebDav(TestServers.Get("WEBDAV_URL") + folder + "/absent/"));
        var wrong = WebDav(TestServers.Get("WEBDAV_URL") + folder + "/");
        wrong.MotDePasse = "mauvais-mot-de-passe";
        using var refused = new WebDavRelayDestination(wrong);

        var ok = await existing.ProbeAsync(CancellationToken.None);
        var warning = await missing.ProbeAsync(CancellationToken.None);
        var failure = await refused.ProbeAsync(CancellationToken.None);

        Assert.Equal(RelayProbeStatus.Ok, ok.Status);
        Assert.Equal(RelayProbeStatus.Warning, warning.Status);
        Assert.Contains("sera créé au premier envoi", warning.Fix);
        Assert.False(Directory.Exists(Path.Combine(TestServers.Get("WEBDAV_ROOT"), folder, "absent")));
        Assert.Equal(RelayProbeStatus.Failure, failure.Status);
        Assert.Contains("HTTP 401", failure.Text);
    }

    [Fact]
    public async Task Folder_Missing_CreatedWritableAndNoProbeFileLeft()
    {
        var folder = _work.Combine("depot", "ent");

        var probe = await new FolderRelayDestination("ent", folder).ProbeAsync(CancellationToken.None);

        Assert.Equal(RelayProbeStatus.Ok, probe.Status);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task Folder_UnderAFile_FailureWithTheFix()
    {
        var file = _work.Write("fichier", "x");

        var probe = await new FolderRelayDestination("ent", Path.Combine(file, "ent")).ProbeAsync(CancellationToken.None);

        Assert.Equal(RelayProbeStatus.Failure, probe.Status);
        Assert.Contains("compte du service", probe.Fix);
    }

    [ServerFact("sshd")]
    public async Task Sftp_GoodKeyThenWrongHostKey_OkThenFailureNamingTheFingerprint()
    {
        using var drop = new SshdDrop();
        var options = new DestinationOptions
        {
            Nom = "ent-sftp", Type = "sftp", Hote = "127.0.0.1", Port = SshdDrop.Port, Utilisateur = TestServers.Get("SSHD_USER"),
            ClePrivee = TestServers.Get("SSHD_KEY"), CleHote = TestServers.Get("SSHD_HOST_KEY_LINE"), Chemin = drop.RemotePath, DelaiSecondes = 30,
        };

        var ok = await new SftpRelayDestination(options, new ExternalProcessRunner(), _work.Combine("a.known_hosts")).ProbeAsync(CancellationToken.None);
        options.CleHote = TestKeys.PublicKeyLine;
        var wrong = await new SftpRelayDestination(options, new ExternalProcessRunner(), _work.Combine("b.known_hosts")).ProbeAsync(CancellationToken.None);

        Assert.Equal(RelayProbeStatus.Ok, ok.Status);
        Assert.Empty(Directory.GetFiles(drop.LocalPath));
        Assert.Equal(RelayProbeStatus.Failure, wrong.Status);
        Assert.Contains(SshdDrop.HostKey.Fingerprint, wrong.Text);
    }

    private static DestinationOptions WebDav(string url)
    {
        var options = RelayDestinations.Http(new Uri(url), "webdav");
        options.Authentification = "basic";
        options.Utilisateur = TestServers.Get("WEBDAV_USER");
        options.MotDePasse = TestServers.Get("WEBDAV_PASSWORD");
        return options;
    }
}

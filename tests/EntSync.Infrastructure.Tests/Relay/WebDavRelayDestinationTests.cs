using EntSync.Core.Model;
using EntSync.Core.Relay;
using EntSync.Core.Tests.Support;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Relay;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Relay;

/// <summary>Against Apache mod_dav (tests/servers/modules/webdav.sh): each test deposits into its own folder, missing at first.</summary>
public sealed class WebDavRelayDestinationTests
{
    private static readonly string DemoUdt = Path.Combine(Samples.Root, "demo", "depot", "7699007L_20261005180211_UDT.zip");

    private readonly string _folder = $"ent-{Guid.NewGuid():N}";

    [ServerFact("webdav")]
    public async Task Deliver_UdtZip_LandsUnderTheEntcoreNameInAFolderCreatedWithMkcol()
    {
        using var destination = new WebDavRelayDestination(Options(TestServers.Get("WEBDAV_URL") + $"{_folder}/depot/"));
        var name = RelayFileName.Format("", Item(ExportKind.Udt));

        var result = await destination.DeliverAsync(RelayDestinations.Payload(DemoUdt, name, ExportKind.Udt), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Accepte, result.Outcome);
        var landed = Assert.Single(Directory.GetFiles(Path.Combine(TestServers.Get("WEBDAV_ROOT"), _folder, "depot")));
        Assert.Matches("^([0-9]{7}[A-Z])_([0-9]{14})_UDT\\.zip$", Path.GetFileName(landed));
        Assert.Equal("7699007L_20261005180211_UDT.zip", Path.GetFileName(landed));
        Assert.Equal(await File.ReadAllBytesAsync(DemoUdt), await File.ReadAllBytesAsync(landed));
    }

    [ServerFact("webdav")]
    public async Task Deliver_OverHttpsWithTheCaFile_LandsInTheFolder()
    {
        var options = Options(TestServers.Get("WEBDAV_HTTPS_URL") + _folder);
        options.FichierAc = TestServers.Get("CA_FILE");
        using var destination = new WebDavRelayDestination(options);

        var result = await destination.DeliverAsync(RelayDestinations.Payload(DemoUdt, "export.zip", ExportKind.Udt), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Accepte, result.Outcome);
        Assert.True(File.Exists(Path.Combine(TestServers.Get("WEBDAV_ROOT"), _folder, "export.zip")));
    }

    [ServerFact("webdav")]
    public async Task Deliver_WrongPassword_IsRefusedWithTheStatusAndNothingLands()
    {
        var options = Options(TestServers.Get("WEBDAV_URL") + _folder + "/");
        options.MotDePasse = "pas-le-bon";
        using var destination = new WebDavRelayDestination(options);

        var result = await destination.DeliverAsync(RelayDestinations.Payload(DemoUdt, "export.zip", ExportKind.Udt), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Refuse, result.Outcome);
        Assert.Equal(401, result.HttpStatus);
        Assert.Contains("accès refusé", result.Error);
        Assert.False(Directory.Exists(Path.Combine(TestServers.Get("WEBDAV_ROOT"), _folder)));
    }

    [ServerFact("webdav")]
    public async Task Deliver_SameNameTwice_ReplacesTheFile()
    {
        var source = Path.Combine(Path.GetTempPath(), $"{_folder}.zip");
        try
        {
            using var destination = new WebDavRelayDestination(Options(TestServers.Get("WEBDAV_URL") + _folder + "/"));
            await File.WriteAllTextAsync(source, "premier");
            await destination.DeliverAsync(RelayDestinations.Payload(source, "export.zip", ExportKind.Udt), CancellationToken.None);
            await File.WriteAllTextAsync(source, "second");

            var result = await destination.DeliverAsync(RelayDestinations.Payload(source, "export.zip", ExportKind.Udt), CancellationToken.None);

            Assert.Equal(DeliveryOutcome.Accepte, result.Outcome);
            Assert.Equal("second", await File.ReadAllTextAsync(Path.Combine(TestServers.Get("WEBDAV_ROOT"), _folder, "export.zip")));
        }
        finally
        {
            File.Delete(source);
        }
    }

    private static DestinationOptions Options(string url)
    {
        var options = RelayDestinations.Http(new Uri(url), "webdav");
        options.Authentification = "basic";
        options.Utilisateur = TestServers.Get("WEBDAV_USER");
        options.MotDePasse = TestServers.Get("WEBDAV_PASSWORD");
        return options;
    }

    private static RelayItem Item(ExportKind kind) => new()
    {
        Destination = "ent", FileId = 1, Sha256 = new string('a', 64), Kind = kind, Uai = "7699007L", ExportedAt = new DateTime(2026, 10, 5, 18, 2, 11),
        FileName = "export.zip", Path = DemoUdt, Status = RelayStatus.EnAttente, CreatedAt = DateTime.Now, UpdatedAt = DateTime.Now,
    };
}

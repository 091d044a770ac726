using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources;
using EntSync.Infrastructure.Sources.LocalFolder;
using EntSync.Infrastructure.Sources.Sftp;
using EntSync.Infrastructure.Tests.Sources.Sftp;
using EntSync.Infrastructure.Tests.Support;
using EntSync.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace EntSync.Infrastructure.Tests.Sources;

public sealed class DropSourceFactoryTests : IDisposable
{
    private readonly TemporaryFolder root = new();
    private readonly DataDirectory data;

    public DropSourceFactoryTests() => data = new DataDirectory(root.Combine("donnees")).EnsureCreated();

    public void Dispose() => root.Dispose();

    private DropSourceFactory Factory(IProcessRunner? runner = null) =>
        new(data, runner ?? Substitute.For<IProcessRunner>(), TimeProvider.System, NullLoggerFactory.Instance);

    [Fact]
    public void Create_EachConfiguredType_ItsSourceInOrder()
    {
        var sources = Factory().Create(
        [
            new SourceOptions { Nom = "depot", Type = "dossier", Chemin = root.Path },
            new SourceOptions { Nom = "rectorat", Type = "sftp", Hote = "sftp.exemple.fr", Utilisateur = "u", Chemin = "/depot", ClePrivee = "/cle", CleHote = TestKeys.PublicKeyLine },
        ]);

        Assert.IsType<LocalFolderSource>(sources[0]);
        Assert.IsType<SftpSource>(sources[1]);
        Assert.Equal(["depot", "rectorat"], sources.Select(s => s.Name));
    }

    [Fact]
    public void Create_SftpWithTheKeyLine_PinnedForItsHostInAPrivateFileOutsideTheInboxTopLevel()
    {
        var factory = Factory();
        var options = new SourceOptions { Nom = "rectorat", Type = "sftp", Hote = "SFTP.exemple.fr", Port = 2222, Chemin = "/depot", CleHote = TestKeys.PublicKeyLine };

        factory.Create(options);

        var pinned = Path.Combine(data.Inbox, ".telechargements", "rectorat.known_hosts");
        Assert.Equal(factory.WorkFolder(options) + ".known_hosts", pinned);
        Assert.Equal($"[sftp.exemple.fr]:2222 {TestKeys.PublicKeyLine}\n", File.ReadAllText(pinned));
        Assert.Empty(new FileStore(data).PendingInboxFiles());
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(pinned));
    }

    [Fact]
    public void Create_UnknownType_Refused()
    {
        Assert.Throws<ArgumentException>(() => Factory().Create(new SourceOptions { Nom = "x", Type = "webdav" }));
    }

    [ServerFact("sshd")]
    public async Task Create_SftpAsTheServiceBuildsIt_ListsTheTestServer()
    {
        using var drop = new SshdDrop();
        File.WriteAllText(drop.Local("a.xml"), "<a/>");

        var source = Factory(new ExternalProcessRunner()).Create(drop.Options(apresTraitement: "conserver"));

        Assert.Equal("a.xml", Assert.Single(await source.ListReadyAsync(CancellationToken.None).ToListAsync()).Name);
    }
}

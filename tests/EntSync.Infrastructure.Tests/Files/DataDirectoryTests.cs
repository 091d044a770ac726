using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Tests.Support;

namespace EntSync.Infrastructure.Tests.Files;

public sealed class DataDirectoryTests
{
    [Fact]
    public void EnsureCreated_EmptyRoot_CreatesEveryFolder()
    {
        using var temp = new TemporaryFolder();

        var directory = new DataDirectory(temp.Combine("var")).EnsureCreated();

        foreach (var name in new[] { "inbox", "archive", "quarantine", "rapports", "outbox", "logs", "secrets" })
        {
            Assert.True(Directory.Exists(temp.Combine("var", name)), name);
        }

        Assert.Equal(temp.Combine("var", "state.db"), directory.StateDb);
        Assert.Equal(temp.Combine("var"), Path.GetDirectoryName(directory.LockFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory.Secrets));
        }
    }

    [Fact]
    public void Resolve_RelativeFolder_RelativeToConfigurationFolder()
    {
        using var temp = new TemporaryFolder();

        var directory = DataDirectory.Resolve(new DonneesOptions { Dossier = "../var" }, temp.Combine("config"));

        Assert.Equal(temp.Combine("var"), directory.Root);
    }

    [Fact]
    public void Resolve_NoFolder_PlatformDefault()
    {
        var directory = DataDirectory.Resolve(new DonneesOptions(), "/somewhere");

        Assert.Equal(DataDirectory.DefaultRoot(), directory.Root);
    }
}

using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Tests.Configuration;

public sealed class ConfigLocatorTests : IDisposable
{
    private readonly string _cwd = Directory.CreateTempSubdirectory("entsync-locator-").FullName;

    public void Dispose() => Directory.Delete(_cwd, recursive: true);

    private ConfigLocation Locate(string? option, bool isWindows = false, params (string, string)[] variables) =>
        new ConfigLocator(new ConfigPlatform(variables.ToDictionary(v => v.Item1, v => v.Item2), _cwd, isWindows, @"C:\ProgramData"))
            .Locate(option);

    private string CreateRepositoryConfig()
    {
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(_cwd, "config")).FullName, "entsync.json");
        File.WriteAllText(path, "{}");
        return path;
    }

    [Fact]
    public void Locate_Option_WinsOverEverythingAndIsMadeAbsoluteAgainstTheWorkingDirectory()
    {
        CreateRepositoryConfig();

        var location = Locate("autre/entsync.json", false, ("ENTSYNC_CONFIG", "/etc/ailleurs.json"));

        Assert.Equal(Path.Combine(_cwd, "autre", "entsync.json"), location.Path);
        Assert.Equal(ConfigOrigin.Option, location.Origin);
    }

    [Fact]
    public void Locate_EnvironmentVariable_WinsOverTheRepositoryConfig()
    {
        CreateRepositoryConfig();

        var location = Locate(null, false, ("ENTSYNC_CONFIG", "/srv/entsync.json"));

        Assert.Equal("/srv/entsync.json", location.Path);
        Assert.Equal(ConfigOrigin.EnvironmentVariable, location.Origin);
    }

    [Fact]
    public void Locate_RepositoryConfigPresent_IsUsed()
    {
        var repository = CreateRepositoryConfig();

        var location = Locate(null);

        Assert.Equal(repository, location.Path);
        Assert.Equal(ConfigOrigin.Repository, location.Origin);
    }

    [Fact]
    public void Locate_NothingOnLinux_IsEtcEntsync()
    {
        var location = Locate(null);

        Assert.Equal("/etc/entsync/entsync.json", location.Path);
        Assert.Equal(ConfigOrigin.PlatformDefault, location.Origin);
        Assert.Contains("--config", location.Explanation);
    }

    [Fact]
    public void Locate_NothingOnWindows_IsProgramDataEntSync()
    {
        var location = Locate(null, isWindows: true);

        Assert.Equal(@"C:\ProgramData\EntSync\entsync.json", location.Path);
        Assert.Equal(ConfigOrigin.PlatformDefault, location.Origin);
    }

    [Fact]
    public void Platform_DefaultDataDirectory_PerOperatingSystem()
    {
        Assert.Equal("/var/lib/entsync", new ConfigPlatform(new Dictionary<string, string>(), _cwd, false, "").DefaultDataDirectory);
        Assert.Equal(@"C:\ProgramData\EntSync", new ConfigPlatform(new Dictionary<string, string>(), _cwd, true, @"C:\ProgramData\").DefaultDataDirectory);
    }
}

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// Picks the configuration file (DESIGN.md §5b): --config FILE, else ENTSYNC_CONFIG, else ./config/entsync.json when it
/// exists (running from the repository), else the platform default.
/// </summary>
internal sealed class ConfigLocator(ConfigPlatform platform)
{
    public const string PathVariable = "ENTSYNC_CONFIG";

    public ConfigLocation Locate(string? optionPath)
    {
        if (!string.IsNullOrWhiteSpace(optionPath)) return new ConfigLocation(Full(optionPath), ConfigOrigin.Option);

        if (platform.Variable(PathVariable) is { } fromEnv && !string.IsNullOrWhiteSpace(fromEnv))
        {
            return new ConfigLocation(Full(fromEnv), ConfigOrigin.EnvironmentVariable);
        }

        var repository = Path.Combine(platform.CurrentDirectory, "config", "entsync.json");
        if (File.Exists(repository)) return new ConfigLocation(Path.GetFullPath(repository), ConfigOrigin.Repository);

        return new ConfigLocation(platform.DefaultConfigFile, ConfigOrigin.PlatformDefault);
    }

    private string Full(string path) => Path.GetFullPath(path, platform.CurrentDirectory);
}

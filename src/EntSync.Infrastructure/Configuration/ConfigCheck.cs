namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// Loads and validates in one step: what the service does at start and what <c>entsync config check</c> prints.
/// A problem on a value set by an ENTSYNC__ variable names that variable, since the file does not show it.
/// </summary>
internal static class ConfigCheck
{
    public static ConfigLoadResult Run(string filePath, ConfigPlatform platform, TimeProvider clock)
    {
        var loaded = new ConfigLoader(platform).Load(filePath);
        if (loaded.Config is not { } config) return loaded;

        var problems = loaded.Problems.Concat(new ConfigValidator(clock).Validate(config))
            .Select(p => config.OverriddenBy.TryGetValue(p.Path, out var variable) ? p with { Path = $"{p.Path} ({variable})" } : p)
            .ToList();
        return loaded with { Problems = problems };
    }
}

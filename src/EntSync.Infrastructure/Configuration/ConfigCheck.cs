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

        // A value the loader already rejected kept its default; checking that default again would only add noise.
        var rejected = loaded.Problems.Where(p => p.IsError).Select(p => p.Path).ToList();
        var validation = new ConfigValidator(clock).Validate(config).Where(p => !rejected.Any(r => IsSameOrInside(p.Path, r)));
        var problems = loaded.Problems.Concat(validation)
            .Select(p => config.OverriddenBy.TryGetValue(p.Path, out var variable) ? p with { Path = $"{p.Path} ({variable})" } : p)
            .ToList();
        return loaded with { Problems = problems };
    }

    private static bool IsSameOrInside(string path, string parent) =>
        path == parent || (path.StartsWith(parent, StringComparison.Ordinal) && path[parent.Length] is '.' or '[');
}

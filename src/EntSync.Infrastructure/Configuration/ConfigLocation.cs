namespace EntSync.Infrastructure.Configuration;

/// <summary>The configuration file to use (full path) and how it was chosen.</summary>
internal sealed record ConfigLocation(string Path, ConfigOrigin Origin)
{
    /// <summary>French words saying how the path was chosen, for the "file not found" message.</summary>
    public string Explanation => Origin switch
    {
        ConfigOrigin.Option => "indiqué par --config",
        ConfigOrigin.EnvironmentVariable => $"indiqué par la variable d'environnement {ConfigLocator.PathVariable}",
        ConfigOrigin.Repository => "celui du dépôt (config/entsync.json)",
        _ => $"emplacement par défaut ; indiquez-en un autre avec --config ou la variable {ConfigLocator.PathVariable}",
    };
}

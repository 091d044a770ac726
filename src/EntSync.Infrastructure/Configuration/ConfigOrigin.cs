namespace EntSync.Infrastructure.Configuration;

/// <summary>Where the configuration file's path came from, so a missing file is explained by how it was chosen.</summary>
internal enum ConfigOrigin
{
    Option,
    EnvironmentVariable,
    Repository,
    PlatformDefault,
}

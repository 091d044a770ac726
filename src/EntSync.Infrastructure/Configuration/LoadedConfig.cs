namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// A configuration read and bound: secrets resolved, paths made absolute (relative to the file's folder), the data
/// directory decided. <see cref="OverriddenBy"/> maps each JSON path set by an ENTSYNC__ variable to that variable.
/// </summary>
internal sealed record LoadedConfig(EntSyncOptions Options, string FilePath, string DataDirectory, IReadOnlyDictionary<string, string> OverriddenBy)
{
    /// <summary>The JSON paths whose value was a "secret:NOM" resolved at load (a password must be one of them).</summary>
    public IReadOnlySet<string> FromSecrets { get; init; } = new HashSet<string>();
}

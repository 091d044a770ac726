namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// A configuration read and bound: secrets resolved, paths made absolute (relative to the file's folder), the data
/// directory decided. <see cref="OverriddenBy"/> maps each JSON path set by an ENTSYNC__ variable to that variable.
/// </summary>
internal sealed record LoadedConfig(EntSyncOptions Options, string FilePath, string DataDirectory, IReadOnlyDictionary<string, string> OverriddenBy);

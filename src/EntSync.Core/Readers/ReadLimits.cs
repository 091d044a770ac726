namespace EntSync.Core.Readers;

/// <summary>
/// Limits that keep hostile or absurd files from exhausting the machine. Built-in defaults until the configuration
/// carries them: the largest real lycée exports are a few tens of MB, so 1 GiB leaves the benchmark's 25× headroom.
/// </summary>
public sealed record ReadLimits
{
    public long MaxFileBytes { get; init; } = 1L << 30;
    public int MaxZipEntries { get; init; } = 2_000;
    public long MaxZipTotalBytes { get; init; } = 2L << 30;
    /// <summary>XML compresses 10–50×; a ratio far above that is an expansion bomb.</summary>
    public int MaxCompressionRatio { get; init; } = 500;

    public static ReadLimits Default { get; } = new();
}

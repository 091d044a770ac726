using System.Collections.Concurrent;
using EntSync.Core.Inspection;
using EntSync.Core.Readers;
using EntSync.Core.Rules;
using EntSync.Core.Snapshot;
using EntSync.Generator;

namespace EntSync.Core.Tests.Support;

/// <summary>
/// Snapshots of generated schools, read through the real readers: the way rule tests check that an injected anomaly
/// is detected and that a clean school raises none. Results are cached per (pupils, seed, anomalies).
/// </summary>
public static class GeneratedSnapshots
{
    private static readonly ConcurrentDictionary<string, SnapshotPair> Cache = new();

    public static SnapshotPair Pair(int pupils = 60, int seed = 5, params string[] anomalies) =>
        Cache.GetOrAdd($"{pupils}|{seed}|{string.Join(",", anomalies)}", _ => Build(pupils, seed, anomalies));

    public static SchoolSnapshot Current(int pupils = 60, int seed = 5, params string[] anomalies) => Pair(pupils, seed, anomalies).Current;

    private static SnapshotPair Build(int pupils, int seed, string[] anomalies)
    {
        var dir = Directory.CreateTempSubdirectory("entsync-snapshot-").FullName;
        try
        {
            SchoolGenerator.Generate(new GeneratorOptions { Pupils = pupils, Seed = seed, Anomalies = anomalies }, dir);
            var current = Assemble(dir);
            var previousDir = Path.Combine(dir, "precedent");
            var previous = Directory.Exists(previousDir) ? Assemble(previousDir) : null;
            return new SnapshotPair(current, previous);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Reads every file of a folder (not its sub-folders) and assembles the one snapshot it holds.</summary>
    public static SchoolSnapshot Assemble(string directory)
    {
        var inspector = new ExportInspector(ExportReaderCatalog.CreateDefault());
        var files = Directory.GetFiles(directory).Order(StringComparer.Ordinal)
            .SelectMany(f => inspector.InspectFile(f, keepContent: true)).ToList();
        return SnapshotAssembler.Assemble(files).Single();
    }
}

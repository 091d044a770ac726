namespace EntSync.Generator;

/// <summary>What to generate. The same options and seed always give the same files.</summary>
public sealed record GeneratorOptions
{
    public int Pupils { get; init; } = 300;
    public int Seed { get; init; } = 1;
    public int Etablissements { get; init; } = 1;
    public int SchoolYear { get; init; } = 2026;
    /// <summary>When the exports are dated. Fixed by default so that generated files are byte-identical across runs.</summary>
    public DateTime ExportTime { get; init; } = new(2026, 10, 5, 18, 2, 11);
    public IReadOnlyList<string> Anomalies { get; init; } = [];
}

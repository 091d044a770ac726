namespace EntSync.Core.Snapshot;

/// <summary>
/// How files are grouped into snapshots. <see cref="Uai"/> restricts to one establishment (files of another one are set
/// aside and reported); <see cref="SchoolYear"/> is the configured current year (else the newest SIECLE export's).
/// </summary>
public sealed record SnapshotOptions
{
    public string? Uai { get; init; }
    public int? SchoolYear { get; init; }
}

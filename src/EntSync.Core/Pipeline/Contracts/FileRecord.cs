using EntSync.Core.Model;

namespace EntSync.Core.Pipeline.Contracts;

/// <summary>A collected file as the state store knows it. Kind, UAI and year are known once it was identified.</summary>
public sealed record FileRecord
{
    public long Id { get; init; }
    public required string Sha256 { get; init; }
    public required string Source { get; init; }
    public required string OriginalName { get; init; }
    public required long Size { get; init; }
    public required DateTime ReceivedAt { get; init; }
    public required FileStatus Status { get; init; }
    /// <summary>Where the copy is now (inbox, archive or quarantine).</summary>
    public required string Path { get; init; }
    public ExportKind? Kind { get; init; }
    public string? Uai { get; init; }
    public int? SchoolYear { get; init; }
    public DateTime? ExportDate { get; init; }
    /// <summary>Why it was quarantined (French).</summary>
    public string? Reason { get; init; }
}

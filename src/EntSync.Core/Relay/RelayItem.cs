using EntSync.Core.Model;

namespace EntSync.Core.Relay;

/// <summary>
/// One collected file on its way to one destination (one row per destination and content: the same SHA-256 is never
/// registered twice for a destination). <see cref="ExportedAt"/> is the export time the file carries, else the time it
/// was received: it decides which file is the newest. <see cref="HoldCode"/> names the anomaly a held file raises.
/// </summary>
public sealed record RelayItem
{
    public long Id { get; init; }
    public required string Destination { get; init; }
    public required long FileId { get; init; }
    public required string Sha256 { get; init; }
    public required ExportKind Kind { get; init; }
    public required string Uai { get; init; }
    public int? SchoolYear { get; init; }
    public required DateTime ExportedAt { get; init; }
    /// <summary>The name the file was dropped with.</summary>
    public required string FileName { get; init; }
    /// <summary>The archived copy, sent byte for byte.</summary>
    public required string Path { get; init; }
    public required RelayStatus Status { get; init; }
    /// <summary>Why it is held, superseded, refused or failing (French), or what simulation would have done.</summary>
    public string? Reason { get; init; }
    public string? HoldCode { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
    public DateTime? SentAt { get; init; }
    /// <summary>The name it was delivered (or would have been, in simulation) under.</summary>
    public string? RemoteName { get; init; }
    /// <summary>Released by hand (<c>entsync ent release</c>): the holds no longer apply to it.</summary>
    public bool Released { get; init; }

    public bool IsWaiting => Status is RelayStatus.EnAttente or RelayStatus.Echec;
}

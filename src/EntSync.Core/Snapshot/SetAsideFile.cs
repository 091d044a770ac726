using EntSync.Core.Inspection;

namespace EntSync.Core.Snapshot;

/// <summary>Why a file is not part of a snapshot: the anomaly code it raises and a French explanation.</summary>
public sealed record SetAsideFile(InspectedFile File, string Code, string Reason);

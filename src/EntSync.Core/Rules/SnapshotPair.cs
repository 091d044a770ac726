using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules;

/// <summary>What a rule looks at: this snapshot and, when known, the previous one of the same establishment.</summary>
public sealed record SnapshotPair(SchoolSnapshot Current, SchoolSnapshot? Previous);

using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Relay;
using EntSync.Core.Rules;

namespace EntSync.Core.Pipeline.Sync;

/// <summary>What one run did, for the French summary of <c>once</c> and for the report.</summary>
public sealed record SyncRunResult(long RunId, RunSummary Summary)
{
    public IReadOnlyList<FileRecord> Received { get; init; } = [];
    public IReadOnlyList<FileRecord> Quarantined { get; init; } = [];
    public IReadOnlyList<string> Failures { get; init; } = [];
    public IReadOnlyList<(CheckResult Check, AnomalyLifecycle Lifecycle)> Establishments { get; init; } = [];

    /// <summary>What the relay did: files sent, simulated, held, failing, refused or superseded, per destination.</summary>
    public RelayRunResult Relay { get; init; } = RelayRunResult.Empty;

    /// <summary>Nothing new arrived: the checks ran on the stored exports only.</summary>
    public bool NothingNew => Received.Count == 0;
}

using EntSync.Core.Model;
using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules;

namespace EntSync.Core.Reporting;

/// <summary>
/// Everything one establishment's report is made of, gathered once and then cut per audience (<see cref="ReportView"/>).
/// It holds names (anomaly messages): it goes only into reports for configured staff, never into logs.
/// </summary>
public sealed record ReportData
{
    public required string Uai { get; init; }

    /// <summary>The establishment's name as configured ("COLLÈGE X"); may be empty.</summary>
    public string Name { get; init; } = "";

    public required DateTime GeneratedAt { get; init; }

    /// <summary>When the previous report was made; null for the first one (everything is new).</summary>
    public DateTime? Since { get; init; }

    /// <summary>Open anomalies, ignored ones included (flagged): counted, not listed.</summary>
    public IReadOnlyList<OpenAnomaly> Open { get; init; } = [];

    /// <summary>Anomalies resolved since <see cref="Since"/>.</summary>
    public IReadOnlyList<OpenAnomaly> Resolved { get; init; } = [];

    public IReadOnlyList<CheckNotRun> ChecksNotRun { get; init; } = [];

    public IReadOnlyList<RuleFailure> FailedRules { get; init; } = [];

    /// <summary>Per source and kind, the newest file received.</summary>
    public IReadOnlyList<FileRecord> LastFiles { get; init; } = [];

    /// <summary>Kinds watched for SOURCE-MUETTE and their delay in days.</summary>
    public IReadOnlyDictionary<ExportKind, int> SilentDays { get; init; } = new Dictionary<ExportKind, int>();

    /// <summary>Files quarantined since <see cref="Since"/>.</summary>
    public IReadOnlyList<FileRecord> Quarantined { get; init; } = [];

    /// <summary>What the ENT relay did with the establishment's files since <see cref="Since"/>.</summary>
    public IReadOnlyList<RelayReportLine> Relay { get; init; } = [];

    /// <summary>Earlier reports delivered late, or given up, since the previous report.</summary>
    public IReadOnlyList<DeliveryNote> Deliveries { get; init; } = [];
}

using EntSync.Core.Model;
using EntSync.Core.Rules;

namespace EntSync.Core.Reporting;

/// <summary>What the report of one establishment is asked for: who, when, since when, and what only the caller knows.</summary>
public sealed record ReportRequest(string Uai, string Name, DateTime Now, DateTime? Since)
{
    /// <summary>The latest check of the establishment (for the checks that could not run); null if none is at hand.</summary>
    public CheckResult? Check { get; init; }

    public IReadOnlyDictionary<ExportKind, int> SilentDays { get; init; } = new Dictionary<ExportKind, int>();

    public IReadOnlyList<DeliveryNote> Deliveries { get; init; } = [];
}

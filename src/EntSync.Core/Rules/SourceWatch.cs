using EntSync.Core.Model;

namespace EntSync.Core.Rules;

/// <summary>
/// What the service knows about the flow of exports, for SOURCE-MUETTE: per kind, how many days may pass without a new
/// file (0 or absent: not watched) and when a file of that kind was last received for the establishment. Only the
/// service has it (from its state); a one-off check has none and the rule then finds nothing.
/// </summary>
public sealed record SourceWatch(IReadOnlyDictionary<ExportKind, int> DaysByKind, IReadOnlyDictionary<ExportKind, DateTime> LastReceived);

using EntSync.Core.Readers;
using EntSync.Core.Rules;

namespace EntSync.Core.Pipeline.Sync;

/// <summary>What a sync run needs from the configuration, in Core's terms.</summary>
public sealed record SyncSettings
{
    /// <summary>The establishments looked after, with their configured school year (null: the newest SIECLE export's).</summary>
    public required IReadOnlyList<(string Uai, int? SchoolYear)> Etablissements { get; init; }

    public CheckSettings Checks { get; init; } = CheckSettings.Default;

    public IReadOnlySet<string> DisabledCodes { get; init; } = new HashSet<string>();

    public IReadOnlyList<IgnoredAnomaly> Ignored { get; init; } = [];

    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>SOURCE-MUETTE: per export kind, the days without a new file after which it is flagged (absent or 0: not watched).</summary>
    public IReadOnlyDictionary<Model.ExportKind, int> SilentSourceDays { get; init; } = new Dictionary<Model.ExportKind, int>();
}

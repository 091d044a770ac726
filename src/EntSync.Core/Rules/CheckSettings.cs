namespace EntSync.Core.Rules;

/// <summary>
/// Thresholds of the checks. Built-in defaults until the configuration carries them (DESIGN.md §5b).
/// </summary>
public sealed record CheckSettings
{
    /// <summary>A count that fell by more than this share since the previous export of the same kind is a partial export.</summary>
    public double PartialExportShare { get; init; } = 0.20;

    /// <summary>Share of members (pupils) a vanished group and a new one must have in common to be called a rename.</summary>
    public double RenameSimilarity { get; init; } = 0.6;

    /// <summary>The day the checks run, for "still in the school" decisions (DATE_SORTIE in the past).</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);

    /// <summary>
    /// How much newer than sts_emp the timetable export may be before the STS-Web exports are called out of date: the
    /// same day's work (sts_emp exported in the morning, timetable exported after the afternoon's fixes) is not flagged.
    /// </summary>
    public TimeSpan StsExportTolerance { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The flow of exports (service only): null in a one-off check, where SOURCE-MUETTE finds nothing.</summary>
    public SourceWatch? Sources { get; init; }

    public static CheckSettings Default { get; } = new();
}

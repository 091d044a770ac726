using EntSync.Core.Model;

namespace EntSync.Core.Relay;

/// <summary>What the gate and the sender need to know of one destination, in Core's terms (built from the configuration).</summary>
public sealed record RelayDestinationSettings
{
    public static IReadOnlySet<string> DefaultBlockingCodes { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "EXPORT-PARTIEL", "EDT-GROUPE-RENOMME", "EDT-CLASSE-RENOMMEE", "FICHIER-AUTRE-ETABLISSEMENT" };

    public required string Name { get; init; }

    /// <summary>The establishment (UAI) whose files it receives, and only those.</summary>
    public required string Uai { get; init; }

    /// <summary>The export kinds it receives (after the routes are applied).</summary>
    public required IReadOnlySet<ExportKind> Kinds { get; init; }

    public RelayMode Mode { get; init; } = RelayMode.Simulation;

    /// <summary>Anomaly codes that hold a file while the establishment's latest checks show them.</summary>
    public IReadOnlySet<string> BlockingCodes { get; init; } = DefaultBlockingCodes;

    /// <summary>Hold the first timetable file of each school year: the ENT's first import of the year is manual.</summary>
    public bool ManualFirstImportOfYear { get; init; } = true;

    /// <summary>Two different timetable exports closer than this raise ENT-DOUBLE-EXPORT (zero: never).</summary>
    public TimeSpan DoubleExportWindow { get; init; } = TimeSpan.FromHours(2);

    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>The delivered file's name (<see cref="RelayFileName"/>); empty: the default of each kind.</summary>
    public string FileNamePattern { get; init; } = "";
}

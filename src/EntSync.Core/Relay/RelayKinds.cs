using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Relay;

/// <summary>Which kinds are timetable imports for the ENT, and which checks a kind must pass before it is delivered.</summary>
public static class RelayKinds
{
    /// <summary>The files an ENT imports as its timetable: the first of each school year is imported by hand there.</summary>
    public static IReadOnlySet<ExportKind> Timetable { get; } = new HashSet<ExportKind> { ExportKind.EdtChiffre, ExportKind.Udt, ExportKind.EdtClair };

    // The élève-groupe file goes to SIECLE: it is delivered only when its own checks find no error.
    private static readonly IReadOnlySet<string> EleveGroupePreChecks = AnomalyCatalog.All
        .Where(d => d.Code.StartsWith("ELEGROUPE-", StringComparison.Ordinal) && d.Severity == Severity.Erreur)
        .Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> NoPreChecks = new HashSet<string>();

    /// <summary>Codes that hold a file of this kind whatever the destination's blocking codes.</summary>
    public static IReadOnlySet<string> PreChecks(ExportKind kind) => kind == ExportKind.EleveGroupe ? EleveGroupePreChecks : NoPreChecks;
}

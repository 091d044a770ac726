using EntSync.Core.Identification;
using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Snapshot;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Pipeline;

/// <summary>
/// Which timetable exports are worth keeping: a snapshot's timetable is built from its best-ranked source only, so an
/// export is not kept once a better one that lands in the same snapshot was read. An export that names no establishment
/// or no school year lands in the snapshot of the ones that do (the assembler attaches it there): keying them apart kept
/// a UDT and a text export of ≈ 90 MB next to the clear EDT export at académie scale. When in doubt, the export is kept.
/// </summary>
internal sealed class TimetableSources(SnapshotOptions options, IReadOnlyList<IdentifiedExport> identified)
{
    private readonly List<ExportIdentity> _read = [];

    public static bool Contains(ExportKind kind) => TimetableViews.Preference.Contains(kind);

    public static int Rank(ExportKind kind)
    {
        var i = 0;
        foreach (var k in TimetableViews.Preference)
        {
            if (k == kind) return i;
            i++;
        }

        return i;
    }

    /// <summary>Records a timetable export read with its content; only readable ones can stand for others.</summary>
    public void Read(InspectedFile file)
    {
        if (file.Ok && file.Content is not null && Contains(file.Identity.Kind)) _read.Add(file.Identity);
    }

    /// <summary>True when a better source already read will be the timetable of every snapshot this export could join.</summary>
    public bool Superseded(ExportIdentity export) =>
        _read.Any(better => Rank(better.Kind) < Rank(export.Kind) && SameEstablishment(better, export) && SameYear(better, export));

    private bool SameEstablishment(ExportIdentity better, ExportIdentity export)
    {
        if (export.Uai is not null) return Same(better.Uai, export.Uai);
        // No UAI: joins the only establishment, or is set aside when there are several; a configured one decides.
        return options.Uai is null || Same(better.Uai, options.Uai);
    }

    private bool SameYear(ExportIdentity better, ExportIdentity export)
    {
        // A year-less source joins whatever year is current, so it is with the export whenever the export is used.
        if (better.SchoolYear is null || better.SchoolYear == export.SchoolYear) return true;
        // A year-less export joins the current year: superseded only if that is surely the better source's year.
        return export.SchoolYear is null && CurrentYearIs(better.SchoolYear.Value, better.Uai);
    }

    /// <summary>The configured year, else every SIECLE export of the establishment agrees (the assembler's newest SIECLE rule).</summary>
    private bool CurrentYearIs(int year, string? uai)
    {
        if (options.SchoolYear is { } configured) return configured == year;
        var years = identified.Where(e => e.Refused is null && IsSiecle(e.Identity.Kind) && (e.Identity.Uai is null || Same(e.Identity.Uai, uai)))
            .Select(e => e.Identity.SchoolYear).OfType<int>().Distinct().ToList();
        return years.Count == 1 && years[0] == year;
    }

    private static bool IsSiecle(ExportKind kind) =>
        kind is ExportKind.SiecleEleves or ExportKind.SiecleResponsables or ExportKind.SiecleStructures;

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

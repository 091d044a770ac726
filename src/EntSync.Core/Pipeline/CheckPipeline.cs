using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Readers;
using EntSync.Core.Snapshot;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Pipeline;

/// <summary>
/// Reads a set of export files and assembles the snapshots the checks run on. Every file is read (a broken one must be
/// reported), but only the exports the checks use keep their content in memory: the latest of each kind per
/// establishment and year, and of the timetable only the richest source. At académie scale the contents are
/// hundreds of MB, so this is what keeps the checks within the memory target.
/// </summary>
public static class CheckPipeline
{
    /// <param name="alreadyRead">Files inspected elsewhere (e.g. refused on arrival) that the snapshot must still report.</param>
    public static IReadOnlyList<SchoolSnapshot> Assemble(IEnumerable<string> files, SnapshotOptions options, ReadLimits? limits = null,
        IEnumerable<InspectedFile>? alreadyRead = null)
    {
        var inspector = new ExportInspector(ExportReaderCatalog.CreateDefault(), limits);
        var identified = files.SelectMany(inspector.IdentifyFile).ToList();
        var used = ContentUsedByChecks(identified);

        var inspected = new List<InspectedFile>(identified.Count);
        foreach (var export in identified)
        {
            var keep = used.Contains(export);
            inspected.Add(inspector.Read(export, keepContent: keep));

            // Contents kept so far stay; the garbage of reading this one goes now rather than piling up on the peak.
            if (keep) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        if (alreadyRead is not null) inspected.AddRange(alreadyRead);
        return SnapshotAssembler.Assemble(inspected, options);
    }

    private static HashSet<IdentifiedExport> ContentUsedByChecks(IReadOnlyList<IdentifiedExport> identified)
    {
        var latest = identified.Where(e => e.Refused is null)
            .GroupBy(e => (Uai: e.Identity.Uai?.ToUpperInvariant(), e.Identity.SchoolYear, e.Identity.Kind))
            .Select(g => g.OrderByDescending(e => e.Identity.ExportDate ?? DateTime.MinValue)
                .ThenByDescending(e => e.Document.DisplayName, StringComparer.Ordinal).First())
            .ToList();

        var used = new HashSet<IdentifiedExport>(latest.Where(e => !TimetableViews.Preference.Contains(e.Identity.Kind)));
        foreach (var school in latest.Where(e => TimetableViews.Preference.Contains(e.Identity.Kind)).GroupBy(e => (e.Identity.Uai?.ToUpperInvariant(), e.Identity.SchoolYear)))
        {
            used.Add(school.OrderBy(e => Rank(e.Identity.Kind)).First());
        }

        return used;
    }

    private static int Rank(ExportKind kind)
    {
        var i = 0;
        foreach (var k in TimetableViews.Preference)
        {
            if (k == kind) return i;
            i++;
        }

        return i;
    }
}

using EntSync.Core.Inspection;
using EntSync.Core.Readers;
using EntSync.Core.Snapshot;

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
        var latest = Latest(identified);
        var timetables = new TimetableSources(options, identified);

        // Timetable exports first, best first: the richest is read while little else is held, and once read without
        // error it lets the poorer ones go unkept. Results keep the files' order, which the assembler and reports follow.
        var inspected = new InspectedFile[identified.Count];
        var order = Enumerable.Range(0, identified.Count)
            .OrderBy(i => TimetableSources.Contains(identified[i].Identity.Kind) ? TimetableSources.Rank(identified[i].Identity.Kind) : 99);
        foreach (var i in order)
        {
            var export = identified[i];
            var keep = latest.Contains(export) && !(TimetableSources.Contains(export.Identity.Kind) && timetables.Superseded(export.Identity));
            inspected[i] = CheckContents.Keep(inspector.Read(export, keepContent: keep));
            timetables.Read(inspected[i]);

            // Contents kept so far stay; the garbage of reading this one goes now rather than piling up on the peak.
            if (keep) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        // No collection after assembling: the timetable views were built on reading, so it leaves little garbage.
        return SnapshotAssembler.Assemble(alreadyRead is null ? inspected : [.. inspected, .. alreadyRead], options);
    }

    /// <summary>The latest export of each kind per establishment and year: the only ones a snapshot can use.</summary>
    private static HashSet<IdentifiedExport> Latest(IReadOnlyList<IdentifiedExport> identified) =>
        identified.Where(e => e.Refused is null)
            .GroupBy(e => (Uai: e.Identity.Uai?.ToUpperInvariant(), e.Identity.SchoolYear, e.Identity.Kind))
            .Select(g => g.NewestFirst(e => e.Identity, e => e.Document.DisplayName).First())
            .ToHashSet();
}

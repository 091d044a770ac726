using EntSync.Core.Inspection;
using EntSync.Core.Model;

namespace EntSync.Core.Snapshot;

/// <summary>
/// The export of one kind a snapshot uses, with where it came from. <see cref="Content"/> is null when the export was
/// read (and found readable) but its content was not kept because no check uses it (e.g. a second timetable source).
/// </summary>
public sealed record SnapshotFile(InspectedFile Inspected)
{
    public ExportKind Kind => Inspected.Identity.Kind;
    public string File => Inspected.File;
    public DateTime? ExportDate => Inspected.Identity.ExportDate;
    public IExportContent? Content => Inspected.Content;
}

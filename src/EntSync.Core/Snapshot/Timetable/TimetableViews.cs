using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Model.Sts;
using EntSync.Core.Model.Udt;

namespace EntSync.Core.Snapshot.Timetable;

/// <summary>Picks the richest timetable export of a snapshot and turns it into the unified view.</summary>
public static class TimetableViews
{
    /// <summary>Richest first: pupils and ids (clear EDT export, UDT), then courses only (text export, emp_sts).</summary>
    public static IReadOnlyList<ExportKind> Preference { get; } = [ExportKind.EdtClair, ExportKind.Udt, ExportKind.EdtTexte, ExportKind.EdtSts];

    public static TimetableView? From(IReadOnlyDictionary<ExportKind, SnapshotFile> latest)
    {
        foreach (var kind in Preference)
        {
            if (!latest.TryGetValue(kind, out var f) || f.Content is null) continue;
            return Of(f.Content, f.File);
        }

        return null;
    }

    /// <summary>The view of one timetable export (or the one already built for it); null for any other content.</summary>
    public static TimetableView? Of(IExportContent content, string file) => content switch
    {
        TimetableViewContent v => v.View,
        EdtClairExport e => EdtClairTimetable.From(e, file),
        UdtExport e => UdtTimetable.From(e, file),
        EdtTexteExport e => EdtTexteTimetable.From(e, file),
        EdtStsExport e => EdtStsTimetable.From(e, file),
        _ => null,
    };
}

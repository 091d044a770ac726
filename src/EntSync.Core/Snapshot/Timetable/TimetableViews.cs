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
            return f.Content switch
            {
                EdtClairExport e => EdtClairTimetable.From(e, f.File),
                UdtExport e => UdtTimetable.From(e, f.File),
                EdtTexteExport e => EdtTexteTimetable.From(e, f.File),
                EdtStsExport e => EdtStsTimetable.From(e, f.File),
                _ => null,
            };
        }

        return null;
    }
}

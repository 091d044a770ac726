using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Snapshot;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Tests.Rules.Edt;

/// <summary>
/// Makes a snapshot use a given timetable source, as a school that only sends that export would: the richer timetable
/// exports are taken out and the unified view is rebuilt from what is left.
/// </summary>
internal static class TimetableSource
{
    public static SchoolSnapshot Using(SchoolSnapshot snapshot, ExportKind kind)
    {
        // The assembler lets go of the parsed export its view was built from: the view already is that source.
        if (snapshot.Timetable?.Source == kind) return snapshot;

        var richer = TimetableViews.Preference.TakeWhile(k => k != kind).ToHashSet();
        var latest = snapshot.Latest.Where(kv => !richer.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        var result = snapshot with { Latest = latest, Timetable = TimetableViews.From(latest) };
        Assert.Equal(kind, result.Timetable?.Source);
        return result;
    }

    public static SnapshotPair Using(SnapshotPair pair, ExportKind kind) =>
        new(Using(pair.Current, kind), pair.Previous is null ? null : Using(pair.Previous, kind));
}

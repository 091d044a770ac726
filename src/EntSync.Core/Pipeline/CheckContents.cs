using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Pipeline;

/// <summary>
/// What of a kept export the checks hold on to. Right after an export is read, the parts no check uses are let go, so
/// that the next (larger) files are read next to as little as possible: at académie scale the SIECLE guardians file is
/// read last and is the peak.
/// </summary>
internal static class CheckContents
{
    public static InspectedFile Keep(InspectedFile file) => file.Content switch
    {
        null => file,
        // The view is all the checks use of a timetable export, at half its size. emp_sts stays whole: the STS-Web checks read it.
        var content when TimetableSources.Contains(file.Identity.Kind) && file.Identity.Kind != ExportKind.EdtSts =>
            TimetableViews.Of(content, file.File) is { } view ? file with { Content = new TimetableViewContent(view, content.Counts) } : file,
        // No check uses the pupils' addresses (the guardians' ones are attached to each person): ≈ 23 MB for 100,000 pupils.
        SiecleElevesExport { Adresses.Count: > 0 } eleves => file with { Content = eleves with { Adresses = [] } },
        _ => file,
    };
}

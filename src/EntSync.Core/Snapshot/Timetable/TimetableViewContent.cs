using EntSync.Core.Model;

namespace EntSync.Core.Snapshot.Timetable;

/// <summary>
/// Stands for a timetable export whose view is already built: the check pipeline builds it as soon as the export is read
/// and lets the parsed export go, so that the SIECLE files are read next to the view (≈ 55 MB at académie scale) rather
/// than next to the whole export (≈ 110 MB). <see cref="Counts"/> are the export's own.
/// </summary>
public sealed record TimetableViewContent(TimetableView View, ExportCounts Counts) : IExportContent;

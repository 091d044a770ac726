using EntSync.Core.Model;

namespace EntSync.Core.Pipeline.Contracts;

/// <summary>
/// The latest export of one kind for one establishment and school year, and where its archived copy is, so that a run
/// receiving only a new timetable still checks it against the last SIECLE and STS-Web exports. Never purged.
/// </summary>
public sealed record LatestExport(string Uai, int SchoolYear, ExportKind Kind, long FileId, string Path, DateTime? ExportDate);

using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Model.EleveGroupe;
using EntSync.Core.Model.Siecle;
using EntSync.Core.Model.Sts;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Snapshot;

/// <summary>
/// What one establishment looks like for one school year: the latest readable export of each kind, and a unified
/// view of the timetable whatever software produced it. Checks read it; it holds personal data and is never logged.
/// </summary>
public sealed record SchoolSnapshot(string? Uai, int? SchoolYear)
{
    /// <summary>The latest readable export of each kind.</summary>
    public IReadOnlyDictionary<ExportKind, SnapshotFile> Latest { get; init; } = new Dictionary<ExportKind, SnapshotFile>();

    /// <summary>Every file that was considered for this establishment, readable or not, kept or superseded.</summary>
    public IReadOnlyList<InspectedFile> Files { get; init; } = [];

    /// <summary>Files refused or set aside while assembling (unreadable, other establishment, other year), with why.</summary>
    public IReadOnlyList<SetAsideFile> SetAside { get; init; } = [];

    public TimetableView? Timetable { get; init; }

    public SiecleElevesExport? Eleves => Content<SiecleElevesExport>(ExportKind.SiecleEleves);
    public SiecleResponsablesExport? Responsables => Content<SiecleResponsablesExport>(ExportKind.SiecleResponsables);
    public SiecleNomenclaturesExport? Nomenclatures => Content<SiecleNomenclaturesExport>(ExportKind.SiecleNomenclatures);
    public SiecleStructuresExport? Structures => Content<SiecleStructuresExport>(ExportKind.SiecleStructures);
    public StsEmpExport? Sts => Content<StsEmpExport>(ExportKind.StsEmp);
    public EdtStsExport? EdtSts => Content<EdtStsExport>(ExportKind.EdtSts);
    public EleveGroupeExport? EleveGroupe => Content<EleveGroupeExport>(ExportKind.EleveGroupe);

    public T? Content<T>(ExportKind kind) where T : class, IExportContent =>
        Latest.TryGetValue(kind, out var f) ? f.Content as T : null;

    /// <summary>The file name of the kind used, for anomaly <c>files</c> lists.</summary>
    public string FileOf(ExportKind kind) => Latest.TryGetValue(kind, out var f) ? f.File : "";
}

using EntSync.Core.Rules;

namespace EntSync.Core.Pipeline.Contracts;

/// <summary>
/// What EntSync remembers between runs (SQLite by default): runs, collected files by hash, the latest export of each
/// kind per establishment and year, and the anomalies' lifecycle. Every method is one transaction.
/// </summary>
public interface IStateStore
{
    Task<long> StartRunAsync(DateTime startedAt, CancellationToken cancellationToken);

    Task FinishRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken);

    /// <summary>A file already received with this content (same SHA-256), whatever its name: it is not taken twice.</summary>
    Task<FileRecord?> FindFileAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>
    /// Records a received file and returns its id. A content already recorded (same SHA-256) is not recorded twice and
    /// raises no error: the existing row is kept as it is and its id returned.
    /// </summary>
    Task<long> RecordFileAsync(FileRecord file, CancellationToken cancellationToken);

    /// <summary>Updates a file's status, path, identity or reason (the other fields of <paramref name="file"/> are ignored).</summary>
    Task UpdateFileAsync(FileRecord file, CancellationToken cancellationToken);

    /// <summary>Files recorded but not finished (status <see cref="FileStatus.Recu"/>): what a crash left behind.</summary>
    Task<IReadOnlyList<FileRecord>> PendingFilesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Sets the latest export of a kind, unless the stored one is newer (by export date). The latest export it replaces,
    /// when a different file, becomes the previous export of that kind.
    /// </summary>
    Task SetLatestExportAsync(LatestExport export, CancellationToken cancellationToken);

    Task<IReadOnlyList<LatestExport>> GetLatestExportsAsync(CancellationToken cancellationToken);

    /// <summary>Per kind, establishment and year, the latest export that was replaced last: what the checks compare with.</summary>
    Task<IReadOnlyList<LatestExport>> GetPreviousExportsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Records this run's anomalies for an establishment and returns the lifecycle. An open anomaly whose code is in
    /// <paramref name="codesChecked"/> but which was not found again is resolved; one whose check did not run stays open.
    /// <paramref name="ignored"/> says which (code, subject) the configuration's ignore list silences: they are tracked
    /// like the others (listed in New or StillOpen too) and flagged. The same (code, subject) found twice in one run is
    /// one anomaly. A problem found again after it was resolved starts a new life (listed in New, first seen now).
    /// Open anomalies whose check did not run are in none of the lists; <see cref="OpenAnomaliesAsync"/> returns them.
    /// </summary>
    Task<AnomalyLifecycle> ApplyAnomaliesAsync(string uai, long runId, IReadOnlyList<Anomaly> found, IReadOnlySet<string> codesChecked,
        Func<Anomaly, bool> ignored, DateTime now, CancellationToken cancellationToken);

    /// <summary>The establishment's open anomalies (ignored ones included, flagged), oldest first.</summary>
    Task<IReadOnlyList<OpenAnomaly>> OpenAnomaliesAsync(string uai, CancellationToken cancellationToken);

    /// <summary>The last runs, newest first.</summary>
    Task<IReadOnlyList<(long Id, DateTime StartedAt, RunSummary? Summary)>> RecentRunsAsync(int count, CancellationToken cancellationToken);

    /// <summary>Per source, the last file received and when.</summary>
    Task<IReadOnlyList<FileRecord>> LastFilePerSourceAsync(CancellationToken cancellationToken);

    /// <summary>
    /// For the report: per source and export kind, the newest file received and archived for the establishment (files
    /// that name no establishment count when they became one of its exports).
    /// </summary>
    Task<IReadOnlyList<FileRecord>> LastFilesByKindAsync(string uai, CancellationToken cancellationToken);

    /// <summary>For the report: files put in quarantine after a moment, oldest first.</summary>
    Task<IReadOnlyList<FileRecord>> QuarantinedSinceAsync(DateTime since, CancellationToken cancellationToken);

    /// <summary>For the report: the establishment's anomalies resolved after a moment (LastSeen is when they were last found).</summary>
    Task<IReadOnlyList<OpenAnomaly>> ResolvedSinceAsync(string uai, DateTime since, CancellationToken cancellationToken);

    /// <summary>
    /// Personal data older than the retention is purged: anomalies resolved before <paramref name="before"/> (their messages
    /// name people). Open anomalies stay, and so do file records (hashes and names, no personal data), which keep a kept
    /// source file from being taken twice.
    /// </summary>
    Task PurgeAsync(DateTime before, CancellationToken cancellationToken);
}

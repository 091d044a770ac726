using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Readers;

namespace EntSync.Core.Inspection;

/// <summary>
/// The outcome of identifying and reading one export (DESIGN.md §5b JSON shape). <see cref="Content"/> is kept only
/// when the caller asked for it (checks need it, <c>inspect</c> and the benchmark do not).
/// </summary>
public sealed record InspectedFile(string File, ExportIdentity Identity, FileError? Error, IReadOnlyList<ReadWarning> Warnings, ExportCounts? Counts)
{
    public IExportContent? Content { get; init; }

    /// <summary>
    /// How the checks name the file in an anomaly's subject when it differs from <see cref="File"/>'s name: a received
    /// file is named as it was dropped, so the same bad file dropped again is the same problem, not a new one.
    /// </summary>
    public string? Subject { get; init; }

    public bool Ok => Error is null && Identity.Kind != ExportKind.Unknown;
}

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

    public bool Ok => Error is null && Identity.Kind != ExportKind.Unknown;
}

using EntSync.Core.Identification;
using EntSync.Core.Readers;

namespace EntSync.Core.Inspection;

/// <summary>
/// An export whose kind is known but which is not read yet, or a file already refused while identifying it
/// (<see cref="Refused"/> set). Identification is cheap (the header), so callers can decide what to read, and how.
/// </summary>
public sealed record IdentifiedExport(ExportDocument Document, ExportIdentity Identity)
{
    public InspectedFile? Refused { get; init; }
}

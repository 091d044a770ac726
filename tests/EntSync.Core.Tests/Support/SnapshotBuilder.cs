using EntSync.Core.Identification;
using EntSync.Core.Inspection;
using EntSync.Core.Model;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Tests.Support;

/// <summary>Hand-made snapshots for rule tests: put typed contents in, get the snapshot the assembler would build.</summary>
public sealed class SnapshotBuilder(string uai = "0769990A", int year = 2026)
{
    private readonly List<InspectedFile> _files = [];

    public SnapshotBuilder With(ExportKind kind, IExportContent content, DateTime? exportDate = null, string? file = null)
    {
        var identity = new ExportIdentity(kind, uai, year, exportDate ?? new DateTime(year, 10, 5, 18, 0, 0));
        _files.Add(new InspectedFile(file ?? $"{kind}.xml", identity, null, [], content.Counts) { Content = content });
        return this;
    }

    public SnapshotBuilder WithFile(InspectedFile file)
    {
        _files.Add(file);
        return this;
    }

    public SchoolSnapshot Build(SnapshotOptions? options = null) => SnapshotAssembler.Assemble(_files, options).Single();
}

using EntSync.Core.Inspection;
using EntSync.Core.Readers;
using EntSync.Core.Snapshot;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Siecle;

/// <summary>A snapshot of public sample files read through the real inspector, as the service would.</summary>
internal static class SiecleSampleSnapshots
{
    public static SchoolSnapshot Of(params string[] samples)
    {
        var inspector = new ExportInspector(ExportReaderCatalog.CreateDefault());
        var files = samples.SelectMany(s => inspector.InspectFile(Samples.Sample(s), keepContent: true)).ToList();
        Assert.All(files, f => Assert.True(f.Ok, f.Error?.Message));
        return SnapshotAssembler.Assemble(files).Single();
    }
}

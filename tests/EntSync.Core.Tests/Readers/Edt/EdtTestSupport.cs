using EntSync.Core.Inspection;
using EntSync.Core.Readers;

namespace EntSync.Core.Tests.Readers.Edt;

internal static class EdtTestSupport
{
    public static InspectedFile Inspect(string path)
    {
        var files = new ExportInspector(ExportReaderCatalog.CreateDefault()).InspectFile(path, keepContent: true);
        var file = Assert.Single(files);
        Assert.True(file.Error is null, file.Error?.Message);
        return file;
    }

    public static T Content<T>(InspectedFile file) => Assert.IsType<T>(file.Content);
}

using EntSync.Core.Inspection;
using EntSync.Core.Readers;

namespace EntSync.Core.Tests.Readers.Siecle;

/// <summary>Runs a file through the real inspector (identification, encoding, reader) as the service would.</summary>
internal static class SiecleInspection
{
    public static InspectedFile Inspect(string path)
    {
        var files = new ExportInspector(ExportReaderCatalog.CreateDefault()).InspectFile(path, keepContent: true);
        return Assert.Single(files);
    }

    public static T Content<T>(InspectedFile file)
    {
        Assert.True(file.Ok, file.Error?.Message);
        return Assert.IsType<T>(file.Content);
    }
}

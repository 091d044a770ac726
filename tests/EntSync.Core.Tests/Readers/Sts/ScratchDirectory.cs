namespace EntSync.Core.Tests.Readers.Sts;

/// <summary>A fresh temporary folder for files a test writes, removed afterwards.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("entsync-sts-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the test that made it.
        }
    }
}

namespace EntSync.Core.Tests.Support;

/// <summary>
/// Locates the public samples (../shared/samples beside the repository) and the repository's own hand-made fixtures
/// (tests/TestData). Samples are optional on a developer machine; CI always has them.
/// </summary>
public static class Samples
{
    private static readonly Lazy<string> RepositoryRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EntSync.sln")) && !File.Exists(Path.Combine(dir.FullName, "EntSync.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EntSync.sln not found above the test binaries.");
    });

    public static string Root => RepositoryRoot.Value;

    public static string SharedSamples => Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples"));

    public static bool Available => Directory.Exists(SharedSamples);

    /// <summary>A file of ../shared/samples, e.g. <c>Sample("siecle-bee/pix/siecle-broken.xml")</c>.</summary>
    public static string Sample(string relative) => Path.Combine(SharedSamples, relative);

    /// <summary>A hand-made fixture of tests/TestData.</summary>
    public static string TestData(string relative) => Path.Combine(Root, "tests", "TestData", relative);
}

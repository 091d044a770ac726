using EntSync.Worker.Hosting;

namespace EntSync.Worker.Tests.Service;

public sealed class ArchiveRetentionTests : IDisposable
{
    private readonly string _archive = Directory.CreateTempSubdirectory("entsync-archive-").FullName;

    public void Dispose() => Directory.Delete(_archive, recursive: true);

    private string Put(string day, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_archive, day)).FullName;
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "x");
        return path;
    }

    [Fact]
    public void Apply_OldDays_DeletedExceptTheFilesToKeep()
    {
        var old = Put("2026-01-10", "vieux.xml");
        var latest = Put("2026-01-10", "dernier-export.xml");
        var recent = Put("2026-06-01", "recent.xml");
        Put("pas-une-date", "autre.xml");

        var removed = new ArchiveRetention(_archive).Apply(new DateOnly(2026, 3, 1), new HashSet<string> { Path.GetFullPath(latest) });

        Assert.Equal(1, removed);
        Assert.False(File.Exists(old));
        Assert.True(File.Exists(latest));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(Path.Combine(_archive, "pas-une-date", "autre.xml")));
    }

    [Fact]
    public void Apply_DayEmptied_FolderRemoved()
    {
        Put("2026-01-10", "vieux.xml");

        new ArchiveRetention(_archive).Apply(new DateOnly(2026, 3, 1), new HashSet<string>());

        Assert.False(Directory.Exists(Path.Combine(_archive, "2026-01-10")));
    }
}

using EntSync.Worker.Hosting;

namespace EntSync.Worker.Tests.Service;

public sealed class ReportRetentionTests : IDisposable
{
    private static readonly DateTime Cutoff = new(2026, 3, 1);

    private readonly string _rapports = Directory.CreateTempSubdirectory("entsync-rapports-").FullName;

    public void Dispose() => Directory.Delete(_rapports, recursive: true);

    private string Put(string name, DateTime written)
    {
        var path = Path.Combine(_rapports, name);
        File.WriteAllText(path, "x");
        File.SetLastWriteTime(path, written);
        return path;
    }

    [Fact]
    public void Apply_OldDatedReports_DeletedRecentOnesKept()
    {
        var oldPage = Put("7699007L_2026-01-10.html", Cutoff.AddDays(-50));
        var oldMail = Put("7699007L_2026-01-10_tous.eml", Cutoff.AddDays(-50));
        var recent = Put("7699007L_2026-06-01.html", Cutoff.AddDays(90));

        var removed = new ReportRetention(_rapports).Apply(Cutoff);

        Assert.Equal(2, removed);
        Assert.False(File.Exists(oldPage));
        Assert.False(File.Exists(oldMail));
        Assert.True(File.Exists(recent));
    }

    [Fact]
    public void Apply_LatestPageAndMark_KeptWhateverTheirAge()
    {
        var latest = Put("7699007L_dernier.html", Cutoff.AddDays(-400));
        var mark = Put("7699007L_suivi.json", Cutoff.AddDays(-400));

        var removed = new ReportRetention(_rapports).Apply(Cutoff);

        Assert.Equal(0, removed);
        Assert.True(File.Exists(latest));
        Assert.True(File.Exists(mark));
    }

    [Fact]
    public void Apply_NoFolder_NothingToDo()
    {
        Assert.Equal(0, new ReportRetention(Path.Combine(_rapports, "absent")).Apply(Cutoff));
    }
}

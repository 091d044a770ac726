using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Pipeline.Sync;
using EntSync.Generator;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Sources.LocalFolder;
using EntSync.Infrastructure.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Infrastructure.Tests.Pipeline;

/// <summary>
/// A real sync setting over temp folders: a drop folder, a data directory, the SQLite state, the real readers and
/// checks. Tests put files in <see cref="Drop"/>, run, and look at what happened on disk and in the state.
/// </summary>
internal sealed class SyncFixture : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entsync-sync-").FullName;

    public SyncFixture(string apresTraitement = "deplacer")
    {
        Directory.CreateDirectory(Drop);
        ApresTraitement = apresTraitement;
        Data = new DataDirectory(Path.Combine(_root, "donnees")).EnsureCreated();
    }

    public string Drop => Path.Combine(_root, "depot");
    public DataDirectory Data { get; }
    public string ApresTraitement { get; }
    public string Uai { get; private set; } = "";

    /// <summary>Generates a school into a scratch folder and returns it, so tests pick which files to drop.</summary>
    public string Generate(int pupils = 60, int seed = 5, params string[] anomalies)
    {
        var dir = Path.Combine(_root, $"gen-{Guid.NewGuid():N}");
        var report = SchoolGenerator.Generate(new GeneratorOptions { Pupils = pupils, Seed = seed, Anomalies = anomalies }, dir);
        Uai = report.Schools[0].Uai;
        return dir;
    }

    public void DropFiles(string generated, Func<string, bool>? which = null)
    {
        foreach (var f in Directory.GetFiles(generated).Where(f => which?.Invoke(Path.GetFileName(f)) ?? true))
        {
            File.Copy(f, Path.Combine(Drop, Path.GetFileName(f)), overwrite: true);
        }
    }

    public SqliteStateStore OpenState() => SqliteStateStore.Open(Data.Root);

    public IDropSource Source() => new LocalFolderSource(
        new SourceOptions { Nom = "depot", Chemin = Drop, ApresTraitement = ApresTraitement, StabiliteSecondes = 0 }, Drop);

    public FileStore Files() => new(Data);

    public async Task<SyncRunResult> RunAsync(IDropSource? source = null, IFileStore? files = null)
    {
        using var state = OpenState();
        var settings = new SyncSettings { Etablissements = [(Uai, null)] };
        var pipeline = new SyncPipeline([source ?? Source()], files ?? Files(), state, settings, TimeProvider.System, NullLogger<SyncPipeline>.Instance);
        return await pipeline.RunAsync(CancellationToken.None);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

using EntSync.Core.Pipeline.Sync;
using EntSync.Core.Relay;
using EntSync.Generator;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Relay;
using EntSync.Infrastructure.Sources.LocalFolder;
using EntSync.Infrastructure.State;
using Microsoft.Data.Sqlite;

namespace EntSync.Infrastructure.Tests.Relay;

/// <summary>
/// A real run with the relay: a drop folder, a data directory with its SQLite state, the real readers and checks, and
/// the destinations given by the test. Logs of the pipeline and of the relay are captured.
/// </summary>
internal sealed class RelaySync : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entsync-relay-sync-").FullName;

    public RelaySync(string uai = "")
    {
        Uai = uai;
        Directory.CreateDirectory(Drop);
        Data = new DataDirectory(Path.Combine(_root, "donnees")).EnsureCreated();
        // As the loader leaves it: an sftp destination writes its pinned host key there.
        Options.Donnees.Dossier = Data.Root;
    }

    /// <summary>What runs sftp for the sftp destinations (null: the real programs).</summary>
    public IProcessRunner? Processes { get; set; }

    public string Uai { get; private set; }
    public string Drop => Path.Combine(_root, "depot");
    public DataDirectory Data { get; }
    public CapturedLogs Logs { get; } = new();
    public EntSyncOptions Options { get; set; } = new();

    /// <summary>A generated school's files in a scratch folder, to drop a choice of them; the fixture takes its UAI.</summary>
    public string Generate(int seed, DateTime? exportTime = null, params string[] anomalies)
    {
        var folder = Scratch($"ecole-{Guid.NewGuid():N}");
        var options = new GeneratorOptions { Pupils = 40, Seed = seed, Anomalies = anomalies };
        Uai = SchoolGenerator.Generate(exportTime is { } t ? options with { ExportTime = t } : options, folder).Schools[0].Uai;
        return folder;
    }

    public string Scratch(string name) => Path.Combine(_root, name);

    public void DropFile(string path, string? name = null) => File.Copy(path, Path.Combine(Drop, name ?? Path.GetFileName(path)), overwrite: true);

    public async Task<SyncRunResult> RunAsync()
    {
        using var state = SqliteStateStore.Open(Data.Root);
        using var targets = RelayTargetSet.Create(Options, Processes);
        var relay = new RelayRunner(targets.Targets, new SqliteRelayStore(state), TimeProvider.System, Logs.For<RelayRunner>());
        var source = new LocalFolderSource(new SourceOptions { Nom = "depot", Chemin = Drop, StabiliteSecondes = 0 }, Drop);
        var pipeline = new SyncPipeline([source], new FileStore(Data), state, new SyncSettings { Etablissements = [(Uai, null)] }, TimeProvider.System,
            Logs.For<SyncPipeline>(), relay);
        return await pipeline.RunAsync(CancellationToken.None);
    }

    public async Task<RelayManualResult> ReleaseAsync(long itemId)
    {
        using var state = SqliteStateStore.Open(Data.Root);
        using var targets = RelayTargetSet.Create(Options, Processes);
        var relay = new RelayRunner(targets.Targets, new SqliteRelayStore(state), TimeProvider.System, Logs.For<RelayRunner>());
        return await relay.ReleaseAsync(itemId, (uai, ct) => Checks(state, uai, ct), CancellationToken.None);

        static async Task<RelayChecks?> Checks(SqliteStateStore state, string uai, CancellationToken ct) => await LatestChecks.ReadAsync(state, uai, null, ct);
    }

    public async Task<IReadOnlyList<RelayAttempt>> AttemptsAsync()
    {
        using var state = SqliteStateStore.Open(Data.Root);
        return (await new SqliteRelayStore(state).AttemptsAsync(100, CancellationToken.None)).Reverse().ToList();
    }

    public async Task<IReadOnlyList<string>> OpenCodesAsync()
    {
        using var state = SqliteStateStore.Open(Data.Root);
        return (await state.OpenAnomaliesAsync(Uai, CancellationToken.None)).Select(o => o.Anomaly.Code).ToList();
    }

    /// <summary>Every text the state database holds, as one string (to look for secrets).</summary>
    public string StateText()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Data.StateDb, Pooling = false }.ToString());
        connection.Open();
        var texts = new List<string>();
        foreach (var table in new[] { "relay_items", "relay_attempts", "anomalies", "runs", "files" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table};";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) texts.Add(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
            }
        }

        return string.Join("\n", texts);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}

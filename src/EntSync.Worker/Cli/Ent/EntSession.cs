using System.Globalization;
using EntSync.Core.Relay;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Relay;
using EntSync.Infrastructure.State;
using EntSync.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;

namespace EntSync.Worker.Cli.Ent;

/// <summary>
/// What the <c>ent</c> verbs work on: the state database's relay tables and, for release, the configured destinations
/// and the establishments' latest checks. A verb that sends or changes something holds the sync lock, like a run.
/// </summary>
internal sealed class EntSession : IDisposable
{
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(1);

    private readonly LoadedConfig _config;
    private readonly SyncLock? _lock;
    private readonly SqliteStateStore _state;
    private readonly RelayTargetSet _targets;
    private readonly SerilogLoggerFactory _loggers;

    private EntSession(LoadedConfig config, SyncLock? held, SqliteStateStore state)
    {
        _config = config;
        _lock = held;
        _state = state;
        Store = new SqliteRelayStore(state);
        _targets = RelayTargetSet.Create(config.Options);
        var data = new DataDirectory(config.DataDirectory);
        var j = config.Options.Journalisation;
        _loggers = new SerilogLoggerFactory(LoggingSetup.Create(data.Logs, j.Niveau, j.FichiersConserves, console: false), dispose: true);
        Runner = new RelayRunner(_targets.Targets, Store, TimeProvider.System, _loggers.CreateLogger<RelayRunner>());
    }

    public IRelayStore Store { get; }

    public RelayRunner Runner { get; }

    /// <summary>Null when nothing was ever synchronised (no state yet): said on <paramref name="output"/>.</summary>
    public static EntSession? Open(LoadedConfig config, bool write, TextWriter output)
    {
        var data = new DataDirectory(config.DataDirectory);
        if (!File.Exists(data.StateDb))
        {
            output.WriteLine($"Aucun envoi enregistré : pas encore d'état dans {data.Root}. Lancez d'abord « entsync once ».");
            return null;
        }

        SyncLock? held = null;
        if (write)
        {
            data.EnsureCreated();
            held = SyncLock.TryAcquireAsync(data.LockFile, LockWait, CancellationToken.None).GetAwaiter().GetResult() ?? throw new SyncBusyException();
        }

        try
        {
            return new EntSession(config, held, SqliteStateStore.Open(data.Root));
        }
        catch
        {
            held?.Dispose();
            throw;
        }
    }

    /// <summary>The gate's view of an establishment: its open anomalies, for its configured school year.</summary>
    public Task<RelayChecks?> ChecksAsync(string uai, CancellationToken cancellationToken)
    {
        var configured = _config.Options.Etablissements.FirstOrDefault(e => string.Equals(e.Uai, uai, StringComparison.OrdinalIgnoreCase));
        int? year = int.TryParse(configured?.AnneeScolaire, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        return ReadAsync();

        async Task<RelayChecks?> ReadAsync() => await LatestChecks.ReadAsync(_state, uai, year, cancellationToken);
    }

    public void Dispose()
    {
        _targets.Dispose();
        _state.Dispose();
        _loggers.Dispose();
        _lock?.Dispose();
    }
}

using EntSync.Infrastructure.Files;
using EntSync.Worker.Hosting;
using Microsoft.Extensions.Hosting;

namespace EntSync.Worker.Cli.Service;

/// <summary><c>entsync run</c> (the default verb): the unattended service, until stopped (Ctrl+C, SIGTERM, service stop).</summary>
internal sealed class RunCommand : ICliCommand
{
    private static readonly HashSet<string> ValueOptions = ["config"];

    public string Name => "run";

    public string Summary => "lance le service (synchronisations planifiées, rapport quotidien) ; commande par défaut";

    public string Help => """
        Utilisation : entsync run [--config FICHIER]

        Lance le service : une synchronisation au démarrage, puis selon le planning de la configuration
        (et plus tôt quand un fichier arrive dans une source surveillée), le rapport quotidien et le ménage.
        S'arrête proprement sur Ctrl+C ou à l'arrêt du service : une synchronisation en cours se termine.

        Code de sortie : 0 arrêt normal, 2 impossible de démarrer (configuration invalide).

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, ValueOptions, new HashSet<string>());
        if (parsed.Positional.Count > 0) throw new UsageException($"Argument inattendu : « {parsed.Positional[0]} ».");
        var config = ServiceConfig.Load(parsed.Value("config"), error);
        if (config is null) return ExitCodes.CouldNotRun;

        var data = new DataDirectory(config.DataDirectory).EnsureCreated();
        var j = config.Options.Journalisation;
        var logger = LoggingSetup.Create(data.Logs, j.Niveau, j.FichiersConserves, console: true);
        try
        {
            logger.Information("EntSync démarre : configuration {Config}, données {Data}", config.FilePath, data.Root);
            using var host = ServiceHost.Build(config, logger);
            host.Run();
            return ExitCodes.Done;
        }
        finally
        {
            logger.Information("EntSync arrêté");
            (logger as IDisposable)?.Dispose();
        }
    }
}

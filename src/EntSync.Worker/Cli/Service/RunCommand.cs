using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Worker.Hosting;
using EntSync.Worker.Hosting.Windows;
using Microsoft.Extensions.Hosting;

namespace EntSync.Worker.Cli.Service;

/// <summary><c>entsync run</c> (the default verb): the unattended service, until stopped (Ctrl+C, SIGTERM, service stop).</summary>
internal sealed class RunCommand : ICliCommand
{
    public const string WindowsServiceName = "EntSync";
    private static readonly HashSet<string> ValueOptions = ["config"];
    private static readonly HashSet<string> Flags = ["windows-service"];

    public string Name => "run";

    public string Summary => "lance le service (synchronisations planifiées, rapport quotidien) ; commande par défaut";

    public string Help => """
        Utilisation : entsync run [--config FICHIER] [--windows-service]

        Lance le service : une synchronisation au démarrage, puis selon le planning de la configuration
        (et plus tôt quand un fichier arrive dans une source surveillée), le rapport quotidien et le ménage.
        S'arrête proprement sur Ctrl+C, SIGTERM ou à l'arrêt du service : une synchronisation en cours se termine.
        --windows-service : réservé au service Windows installé par install-service.ps1 (dialogue avec le
        gestionnaire de services).

        Code de sortie : 0 arrêt normal, 2 impossible de démarrer (configuration invalide) ou arrêt sur erreur.

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, ValueOptions, Flags);
        if (parsed.Positional.Count > 0) throw new UsageException($"Argument inattendu : « {parsed.Positional[0]} ».");
        if (!parsed.Has("windows-service")) return RunService(parsed.Value("config"), scm: null, error);
        if (!OperatingSystem.IsWindows()) throw new UsageException("L'option --windows-service n'existe que sous Windows.");

        // A service's working directory is System32: nothing may depend on it (config paths are relative to the file).
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        return RunUnderScm(new ScmSession(new NativeServiceControlApi(), WindowsServiceName, ServiceHost.ShutdownTimeout + TimeSpan.FromSeconds(15)),
            parsed.Value("config"), error);
    }

    /// <summary>
    /// Connects to the SCM before anything can fail, so that a bad configuration or a crash ends as Stopped with a
    /// non-zero service-specific exit code (recovery actions apply) rather than as a start timeout.
    /// </summary>
    internal static int RunUnderScm(ScmSession scm, string? configPath, TextWriter error)
    {
        var exit = ExitCodes.CouldNotRun;
        try
        {
            scm.ConnectAsync().GetAwaiter().GetResult();
            exit = RunService(configPath, scm, error);
        }
        catch (InvalidOperationException ex)
        {
            error.WriteLine(ex.Message);
        }
        finally
        {
            scm.ReportStopped(exit);
        }

        return exit;
    }

    private static int RunService(string? configPath, ScmSession? scm, TextWriter error)
    {
        var config = ServiceConfig.Load(configPath, error);
        if (config is null) return ExitCodes.CouldNotRun;

        var data = new DataDirectory(config.DataDirectory).EnsureCreated();
        var j = config.Options.Journalisation;
        var logger = LoggingSetup.Create(LoggingSetup.LogsFolder(config), j.Niveau, j.FichiersConserves, console: true);
        try
        {
            logger.Information("EntSync {Version} démarre : configuration {Config}, données {Data}", AppVersion.Current, config.FilePath, data.Root);
            using var host = ServiceHost.Build(config, logger, scm);
            host.Run();
            logger.Information("EntSync : arrêt propre terminé");
            return ExitCodes.Done;
        }
        catch (Exception ex)
        {
            // Under systemd or the SCM, a non-zero exit is what triggers the restart (Restart=on-failure, recovery actions).
            logger.Fatal(ex, "EntSync : arrêt sur erreur");
            error.WriteLine($"EntSync s'est arrêté sur une erreur : {ex.Message}");
            return ExitCodes.CouldNotRun;
        }
        finally
        {
            (logger as IDisposable)?.Dispose();
        }
    }
}

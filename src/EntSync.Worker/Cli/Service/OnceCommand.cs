using EntSync.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;

namespace EntSync.Worker.Cli.Service;

/// <summary><c>entsync once</c>: one sync now, as the service would do it, with a French summary.</summary>
internal sealed class OnceCommand : ICliCommand
{
    private static readonly HashSet<string> ValueOptions = ["config"];

    public string Name => "once";

    public string Summary => "lance une synchronisation tout de suite et affiche le résultat";

    public string Help => """
        Utilisation : entsync once [--config FICHIER]

        Fait une synchronisation complète maintenant : collecte des fichiers déposés dans les sources, lecture,
        contrôles, rapport HTML dans le dossier de données (rapports/). Si le service est en train de synchroniser,
        attend jusqu'à une minute.

        Code de sortie : 0 rien à signaler, 1 problèmes trouvés (anomalie de niveau Erreur, fichier refusé, source
        en échec), 2 impossible (configuration invalide, synchronisation déjà en cours, dossier de données inaccessible).

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, ValueOptions, new HashSet<string>());
        if (parsed.Positional.Count > 0) throw new UsageException($"Argument inattendu : « {parsed.Positional[0]} ».");
        var config = ServiceConfig.Load(parsed.Value("config"), error);
        if (config is null) return ExitCodes.CouldNotRun;

        var service = new SyncService(config, TimeProvider.System, FileLogs(config));
        try
        {
            var run = service.RunOnceAsync(CancellationToken.None).GetAwaiter().GetResult();
            SyncSummaryText.Write(run, service.Data.Rapports, output);
            return SyncSummaryText.ExitCode(run);
        }
        catch (SyncBusyException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.CouldNotRun;
        }
        catch (IOException ex)
        {
            error.WriteLine($"Dossier de données inaccessible ({service.Data.Root}) : {ex.Message}");
            return ExitCodes.CouldNotRun;
        }
    }

    /// <summary>A one-off run logs to the data directory's files like the service, not to the console: the summary is the output.</summary>
    private static ILoggerFactory FileLogs(Infrastructure.Configuration.LoadedConfig config)
    {
        new Infrastructure.Files.DataDirectory(config.DataDirectory).EnsureCreated();
        var j = config.Options.Journalisation;
        return new SerilogLoggerFactory(LoggingSetup.Create(LoggingSetup.LogsFolder(config), j.Niveau, j.FichiersConserves, console: false), dispose: true);
    }
}

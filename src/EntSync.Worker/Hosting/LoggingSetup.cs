using Serilog;
using Serilog.Events;

namespace EntSync.Worker.Hosting;

/// <summary>
/// Serilog to the console (journald or the Windows event of the console host) and to rolling files in the data
/// directory's logs/. Messages carry identifiers and counts only: never names, addresses or phone numbers.
/// </summary>
internal static class LoggingSetup
{
    /// <summary>The folder the loader decided (journalisation.dossier), or logs/ of the data directory for a config built in code.</summary>
    public static string LogsFolder(Infrastructure.Configuration.LoadedConfig config) =>
        string.IsNullOrWhiteSpace(config.Options.Journalisation.Dossier)
            ? Path.Combine(config.DataDirectory, "logs")
            : config.Options.Journalisation.Dossier;

    public static Serilog.ILogger Create(string logsFolder, string level, int filesKept, bool console)
    {
        Directory.CreateDirectory(logsFolder);
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(Enum.TryParse<LogEventLevel>(level, ignoreCase: true, out var parsed) ? parsed : LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .WriteTo.File(Path.Combine(logsFolder, "entsync-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: Math.Max(1, filesKept),
                shared: true, outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss} {Level:u3} {SourceContext} {Message:lj}{NewLine}{Exception}");
        if (console) configuration = configuration.WriteTo.Console(outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}");
        return configuration.CreateLogger();
    }
}

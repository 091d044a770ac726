using EntSync.Infrastructure.Configuration;

namespace EntSync.Worker.Cli.Service;

/// <summary>
/// Finds, loads and validates the configuration for the verbs that run the service (run, once, status). An invalid
/// configuration stops them with every problem and its JSON path, exactly as <c>entsync config check</c> prints them.
/// </summary>
internal static class ServiceConfig
{
    public static LoadedConfig? Load(string? optionPath, TextWriter error)
    {
        var platform = ConfigPlatform.Current();
        var location = new ConfigLocator(platform).Locate(optionPath);
        var result = ConfigCheck.Run(location.Path, platform, TimeProvider.System);
        if (result.IsValid) return result.Config;

        error.WriteLine($"Configuration invalide : {location.Path} ({location.Explanation})");
        foreach (var p in result.Errors) error.WriteLine(string.IsNullOrEmpty(p.Path) ? $"  {p.Message}" : $"  {p.Path} : {p.Message}");
        error.WriteLine("Corrigez le fichier puis vérifiez-le avec « entsync config check ».");
        return null;
    }
}

namespace EntSync.Infrastructure.Configuration;

/// <summary>A destination's local paths (its folder, its CA file) are relative to the configuration file's folder.</summary>
internal static class DestinationPaths
{
    public static void Resolve(IReadOnlyList<DestinationOptions> destinations, string configDirectory)
    {
        foreach (var d in destinations)
        {
            // An sftp destination's chemin is a path on its server.
            if (d.Type == "dossier") d.Chemin = ConfigPaths.Resolve(configDirectory, d.Chemin);
            d.FichierAc = ConfigPaths.Resolve(configDirectory, d.FichierAc);
        }
    }
}

namespace EntSync.Infrastructure.Configuration;

/// <summary>A destination's local paths (its folder, its CA file, an sftp key or known_hosts file) are relative to the configuration file's folder.</summary>
internal static class DestinationPaths
{
    public static void Resolve(IReadOnlyList<DestinationOptions> destinations, string configDirectory)
    {
        foreach (var d in destinations)
        {
            // An sftp destination's chemin is a path on its server.
            if (d.Type == "dossier") d.Chemin = ConfigPaths.Resolve(configDirectory, d.Chemin);
            d.FichierAc = ConfigPaths.Resolve(configDirectory, d.FichierAc);
            if (d.Type != "sftp") continue;
            // As for an sftp source: the key files are on this machine; cleHote may also be the key line itself.
            d.ClePrivee = ConfigPaths.Resolve(configDirectory, d.ClePrivee);
            if (Sources.Sftp.HostKeyLine.TryParse(d.CleHote) is null) d.CleHote = ConfigPaths.Resolve(configDirectory, d.CleHote);
        }
    }
}

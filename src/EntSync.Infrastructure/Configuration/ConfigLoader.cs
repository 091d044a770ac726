using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// Reads the configuration file: JSON with comments and trailing commas, ENTSYNC__ variables on top, bound to
/// <see cref="EntSyncOptions"/> with every unknown key reported by its path, then the data directory decided,
/// relative paths resolved against the file's folder and "secret:NOM" values resolved.
/// </summary>
internal sealed class ConfigLoader(ConfigPlatform platform)
{
    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    public ConfigLoadResult Load(string filePath)
    {
        string text;
        try
        {
            text = File.ReadAllText(filePath);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Unusable(filePath, $"Fichier de configuration introuvable : {filePath}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unusable(filePath, $"Fichier de configuration illisible : {filePath} (droits insuffisants ou fichier verrouillé)");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: JsonOptions);
        }
        catch (JsonException ex)
        {
            return Unusable(filePath, JsonErrorMessage(filePath, text, ex));
        }

        var problems = new ConfigProblems();
        if (root is not JsonObject obj)
        {
            problems.Error("", "Le fichier doit contenir un objet JSON { … } avec les sections etablissements, sources, planification…");
            return new ConfigLoadResult(filePath, null, problems.All, FileUnusable: false);
        }

        var overridden = EnvironmentOverrides.Apply(obj, platform.Variables, problems);
        var options = JsonConfigBinder.Bind(obj, problems);

        var configDirectory = Path.GetDirectoryName(Path.GetFullPath(filePath))!;
        var defaultData = string.IsNullOrWhiteSpace(options.Donnees.Dossier);
        var dataDirectory = defaultData ? platform.DefaultDataDirectory : ConfigPaths.Resolve(configDirectory, options.Donnees.Dossier);
        options.Donnees.Dossier = dataDirectory;
        options.Journalisation.Dossier = !string.IsNullOrWhiteSpace(options.Journalisation.Dossier)
            ? ConfigPaths.Resolve(configDirectory, options.Journalisation.Dossier)
            : defaultData ? platform.DefaultLogsDirectory : Path.Combine(dataDirectory, "logs");

        // Secrets first, so a "secret:NOM" folder is not taken for a relative path.
        var fromSecrets = new HashSet<string>(StringComparer.Ordinal);
        SecretResolver.Resolve(options, "", dataDirectory, platform, problems, fromSecrets);
        DestinationSecrets.Resolve(options.Destinations, dataDirectory, platform, problems);

        // Only local folders are paths on this machine; a remote source's chemin is a path on its server.
        foreach (var source in options.Sources.Where(s => s.Type == "dossier"))
        {
            source.Chemin = ConfigPaths.Resolve(configDirectory, source.Chemin);
        }

        // An sftp source's key files are on this machine; cleHote may also be the key line itself.
        foreach (var source in options.Sources.Where(s => s.Type == "sftp"))
        {
            source.ClePrivee = ConfigPaths.Resolve(configDirectory, source.ClePrivee);
            if (Sources.Sftp.HostKeyLine.TryParse(source.CleHote) is null) source.CleHote = ConfigPaths.Resolve(configDirectory, source.CleHote);
        }

        // An ftp source's certificate authority is a file on this machine.
        foreach (var source in options.Sources.Where(s => s.Type == "ftp"))
        {
            source.FichierAc = ConfigPaths.Resolve(configDirectory, source.FichierAc);
        }

        DestinationPaths.Resolve(options.Destinations, configDirectory);
        if (options.Messagerie.FichierAc.Length > 0) options.Messagerie.FichierAc = ConfigPaths.Resolve(configDirectory, options.Messagerie.FichierAc);

        var config = new LoadedConfig(options, filePath, dataDirectory, overridden) { FromSecrets = fromSecrets };
        return new ConfigLoadResult(filePath, config, problems.All, FileUnusable: false);
    }

    private static ConfigLoadResult Unusable(string filePath, string message) =>
        new(filePath, null, [new ConfigProblem("", message)], FileUnusable: true);

    private static string JsonErrorMessage(string filePath, string text, JsonException ex)
    {
        if (ex.LineNumber is not { } line)
        {
            var readerOptions = new JsonReaderOptions { CommentHandling = JsonOptions.CommentHandling, AllowTrailingCommas = true };
            return DuplicateKeyFinder.Find(text, readerOptions) is { } d
                ? $"{filePath} : la clé « {d.Key} » apparaît deux fois dans le même objet (ligne {d.Line}, colonne {d.Column}) : gardez-en une seule"
                : $"{filePath} n'est pas un JSON valide";
        }

        var column = CharColumn(text, (int)line, (int)(ex.BytePositionInLine ?? 0));
        return $"{filePath} n'est pas un JSON valide, ligne {line + 1}, colonne {column + 1} " +
               "(vérifiez les guillemets, les virgules, les deux-points et les accolades autour de cet endroit ; " +
               "les chemins Windows s'écrivent avec des \\\\ doublés)";
    }

    /// <summary>JsonException counts bytes within the line; a person counts characters (accents take two bytes in UTF-8).</summary>
    private static int CharColumn(string text, int line, int bytePosition)
    {
        var lines = text.Split('\n');
        if (line >= lines.Length) return bytePosition;
        var bytes = Encoding.UTF8.GetBytes(lines[line]);
        return Encoding.UTF8.GetCharCount(bytes, 0, Math.Min(bytePosition, bytes.Length));
    }
}

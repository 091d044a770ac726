using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Tests.Configuration;

/// <summary>A temporary folder holding a configuration file and a drop folder, with a platform whose variables the test chooses.</summary>
internal sealed class ConfigFolder : IDisposable
{
    public ConfigFolder()
    {
        Root = Directory.CreateTempSubdirectory("entsync-config-").FullName;
        ConfigDirectory = Directory.CreateDirectory(Path.Combine(Root, "conf")).FullName;
        DropDirectory = Directory.CreateDirectory(Path.Combine(Root, "depot")).FullName;
    }

    public string Root { get; }

    public string ConfigDirectory { get; }

    public string DropDirectory { get; }

    public string ConfigFile => Path.Combine(ConfigDirectory, "entsync.json");

    /// <summary>A configuration that validates: one school, one source on ../depot, data in ../data.</summary>
    public const string ValidJson = """
        {
          // comments and trailing commas are allowed
          "$schema": "./entsync.schema.json",
          "_aide": "commentaire",
          "etablissements": [ { "uai": "7699007L", "nom": "COLLÈGE TEST", "anneeScolaire": "auto", } ],
          "sources": [ { "nom": "depot", "type": "dossier", "chemin": "../depot", "apresTraitement": "conserver" } ],
          "donnees": { "dossier": "../data" },
        }
        """;

    public string Write(string json)
    {
        File.WriteAllText(ConfigFile, json);
        return ConfigFile;
    }

    public ConfigPlatform Platform(params (string Name, string Value)[] variables) =>
        new(variables.ToDictionary(v => v.Name, v => v.Value), Root, isWindows: false, programData: "");

    public ConfigLoadResult Load(string json, params (string Name, string Value)[] variables) =>
        new ConfigLoader(Platform(variables)).Load(Write(json));

    public ConfigLoadResult Check(string json, params (string Name, string Value)[] variables) =>
        ConfigCheck.Run(Write(json), Platform(variables), TimeProvider.System);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

using System.Text.RegularExpressions;

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// Replaces every "secret:NOM" value of the options with the secret (DESIGN.md §5b): from the variable
/// ENTSYNC_SECRET_NOM, else from the data directory's secrets/NOM file. The secret itself never appears in a message.
/// </summary>
internal static partial class SecretResolver
{
    public const string Marker = "secret:";
    public const string VariablePrefix = "ENTSYNC_SECRET_";

    public static void Resolve(object section, string path, string dataDirectory, ConfigPlatform platform, ConfigProblems problems)
    {
        foreach (var property in ConfigKeys.Properties(section.GetType()))
        {
            var keyPath = ConfigPath.Key(path, ConfigKeys.Name(property));
            var value = property.GetValue(section);
            switch (value)
            {
                case string text when text.StartsWith(Marker, StringComparison.Ordinal):
                    property.SetValue(section, Lookup(text[Marker.Length..], keyPath, dataDirectory, platform, problems) ?? text);
                    break;
                case List<string> texts:
                    for (var i = 0; i < texts.Count; i++)
                    {
                        if (texts[i].StartsWith(Marker, StringComparison.Ordinal))
                        {
                            texts[i] = Lookup(texts[i][Marker.Length..], ConfigPath.Index(keyPath, i), dataDirectory, platform, problems) ?? texts[i];
                        }
                    }

                    break;
                case System.Collections.IList items:
                    for (var i = 0; i < items.Count; i++) Resolve(items[i]!, ConfigPath.Index(keyPath, i), dataDirectory, platform, problems);
                    break;
                case not null when ConfigKeys.IsSection(property.PropertyType):
                    Resolve(value, keyPath, dataDirectory, platform, problems);
                    break;
            }
        }
    }

    public static string SecretFile(string dataDirectory, string name) => Path.Combine(dataDirectory, "secrets", name);

    internal static string? Lookup(string name, string path, string dataDirectory, ConfigPlatform platform, ConfigProblems problems)
    {
        if (!ValidName().IsMatch(name))
        {
            problems.Error(path, $"nom de secret invalide « {name} » : lettres, chiffres et _ seulement (par ex. secret:MOT_DE_PASSE_SFTP)");
            return null;
        }

        var variable = VariablePrefix + name;
        if (platform.Variable(variable) is { } fromEnv) return fromEnv;

        var file = SecretFile(dataDirectory, name);
        try
        {
            if (File.Exists(file)) return File.ReadAllText(file).TrimEnd('\r', '\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Error(path, $"le secret « {name} » ne peut pas être lu dans {file} : droits insuffisants ou fichier verrouillé " +
                                 "(le service doit pouvoir le lire)");
            return null;
        }

        problems.Error(path, $"secret « {name} » introuvable : définissez la variable d'environnement {variable} " +
                             $"ou enregistrez-le dans le fichier {file}");
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex ValidName();
}

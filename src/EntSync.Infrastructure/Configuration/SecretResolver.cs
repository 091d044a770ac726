namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// Replaces every "secret:NOM" value of the options with the secret (DESIGN.md §5b): from the variable
/// ENTSYNC_SECRET_NOM, else from the data directory's secrets/NOM file. The secret itself never appears in a message.
/// The JSON paths of the values it resolved go to <c>resolved</c>, so validation can refuse a password written in clear.
/// </summary>
internal static class SecretResolver
{
    public const string Marker = "secret:";
    public const string VariablePrefix = "ENTSYNC_SECRET_";

    public static void Resolve(object section, string path, string dataDirectory, ConfigPlatform platform, ConfigProblems problems,
        ISet<string>? resolved = null)
    {
        foreach (var property in ConfigKeys.Properties(section.GetType()))
        {
            var keyPath = ConfigPath.Key(path, ConfigKeys.Name(property));
            var value = property.GetValue(section);
            switch (value)
            {
                case string text when text.StartsWith(Marker, StringComparison.Ordinal):
                    var secret = Lookup(text[Marker.Length..], keyPath, dataDirectory, platform, problems);
                    if (secret is not null) resolved?.Add(keyPath);
                    property.SetValue(section, secret ?? text);
                    break;
                case List<string> texts:
                    for (var i = 0; i < texts.Count; i++)
                    {
                        if (texts[i].StartsWith(Marker, StringComparison.Ordinal))
                        {
                            var item = Lookup(texts[i][Marker.Length..], ConfigPath.Index(keyPath, i), dataDirectory, platform, problems);
                            if (item is not null) resolved?.Add(ConfigPath.Index(keyPath, i));
                            texts[i] = item ?? texts[i];
                        }
                    }

                    break;
                case System.Collections.IList items:
                    for (var i = 0; i < items.Count; i++) Resolve(items[i]!, ConfigPath.Index(keyPath, i), dataDirectory, platform, problems, resolved);
                    break;
                case not null when ConfigKeys.IsSection(property.PropertyType):
                    Resolve(value, keyPath, dataDirectory, platform, problems, resolved);
                    break;
            }
        }
    }

    public static string SecretFile(string dataDirectory, string name) => SecretStore.FilePath(dataDirectory, name);

    internal static string? Lookup(string name, string path, string dataDirectory, ConfigPlatform platform, ConfigProblems problems)
    {
        if (!SecretStore.IsValidName(name))
        {
            problems.Error(path, $"nom de secret invalide « {name} » : {SecretStore.NameRule}");
            return null;
        }

        var variable = VariablePrefix + name;
        if (platform.Variable(variable) is { } fromEnv) return fromEnv;

        var file = SecretFile(dataDirectory, name);
        try
        {
            if (File.Exists(file)) return SecretStore.Read(file);
        }
        catch (SecretUnreadableException ex)
        {
            problems.Error(path, $"le secret « {name} » ({file}) est illisible : {ex.Message}");
            return null;
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
}

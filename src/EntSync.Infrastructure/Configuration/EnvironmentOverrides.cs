using System.Text.Json.Nodes;

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// Applies ENTSYNC__SECTION__KEY variables onto the JSON tree before binding, so they override any key and go through
/// the same checks. List items are addressed by index (ENTSYNC__SOURCES__0__CHEMIN); an index equal to the list's
/// length appends an item. Names are matched without regard to case, since variables are usually upper case.
/// </summary>
internal static class EnvironmentOverrides
{
    public const string Prefix = "ENTSYNC__";

    /// <summary>Applies the overrides and returns, for each JSON path set, the variable that set it.</summary>
    public static IReadOnlyDictionary<string, string> Apply(JsonObject root, IReadOnlyDictionary<string, string> variables, ConfigProblems problems)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        var overrides = variables
            .Where(v => v.Key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            .Select(v => (Name: v.Key, Segments: v.Key[Prefix.Length..].Split("__"), v.Value))
            .OrderBy(v => v.Segments, SegmentComparer.Instance);
        foreach (var (name, segments, value) in overrides)
        {
            var path = Set(root, typeof(EntSyncOptions), segments, 0, "", value, name, problems);
            if (path is not null) applied[path] = name;
        }

        return applied;
    }

    private static string? Set(JsonNode container, Type type, string[] segments, int at, string path, string value, string variable, ConfigProblems problems)
    {
        var segment = segments[at];
        var last = at == segments.Length - 1;
        string childPath;
        Type childType;
        JsonNode? existing;
        Action<JsonNode> store;

        if (ConfigKeys.ListElement(type) is { } element)
        {
            var array = (JsonArray)container;
            if (!int.TryParse(segment, out var index) || index < 0 || index > array.Count)
            {
                problems.Error(path, $"la variable {variable} doit donner un indice de 0 à {array.Count} à la place de « {segment} » " +
                                     $"(la liste a {array.Count} élément(s) ; l'indice {array.Count} en ajoute un)");
                return null;
            }

            childPath = ConfigPath.Index(path, index);
            childType = element;
            existing = index < array.Count ? array[index] : null;
            store = node =>
            {
                if (index < array.Count) array[index] = node;
                else array.Add(node);
            };
        }
        else
        {
            var property = ConfigKeys.Find(type, segment, ignoreCase: true);
            if (property is null)
            {
                problems.Error(ConfigPath.Key(path, segment.ToLowerInvariant()),
                    $"clé inconnue dans la variable {variable} (clés possibles : {ConfigKeys.Possible(type)})");
                return null;
            }

            var key = ConfigKeys.Name(property);
            var obj = (JsonObject)container;
            childPath = ConfigPath.Key(path, key);
            childType = property.PropertyType;
            existing = obj[key];
            store = node => obj[key] = node;
        }

        var isList = ConfigKeys.ListElement(childType) is not null;
        var isSection = ConfigKeys.IsSection(childType);
        if (last)
        {
            if (isList || isSection)
            {
                problems.Error(childPath, $"la variable {variable} ne peut pas remplacer {(isList ? "une liste" : "une section")} entière : " +
                                          $"ajoutez {(isList ? "l'indice" : "la clé")} au nom (par ex. {variable}__{(isList ? "0" : "CLE")})");
                return null;
            }

            store(JsonValue.Create(value));
            return childPath;
        }

        if (!isList && !isSection)
        {
            problems.Error(childPath, $"la variable {variable} va plus loin qu'une valeur simple : « {string.Join("__", segments[(at + 1)..])} » est de trop");
            return null;
        }

        // The variable wins over whatever kind of value the file had here.
        JsonNode child = isList
            ? existing as JsonArray ?? new JsonArray()
            : existing as JsonObject ?? new JsonObject();
        if (!ReferenceEquals(child, existing)) store(child);
        return Set(child, childType, segments, at + 1, childPath, value, variable, problems);
    }

    /// <summary>Orders variables so that list item 2 comes after item 1 and before item 10 (appending needs that order).</summary>
    private sealed class SegmentComparer : IComparer<string[]>
    {
        public static readonly SegmentComparer Instance = new();

        public int Compare(string[]? x, string[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                var c = int.TryParse(x[i], out var a) && int.TryParse(y[i], out var b)
                    ? a.CompareTo(b)
                    : StringComparer.OrdinalIgnoreCase.Compare(x[i], y[i]);
                if (c != 0) return c;
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}

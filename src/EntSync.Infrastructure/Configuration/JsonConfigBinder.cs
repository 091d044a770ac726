using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// Binds the JSON tree to <see cref="EntSyncOptions"/> key by key, so an unknown key or a value of the wrong kind is
/// reported with its JSON path (the generic binders either ignore unknown keys or stop at the first one). Numbers and
/// booleans may also be given as text, which is what environment variables produce.
/// </summary>
internal static class JsonConfigBinder
{
    // Accented values are shown as written, not as \u00e9 escapes.
    private static readonly JsonSerializerOptions Display = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static EntSyncOptions Bind(JsonObject root, ConfigProblems problems) =>
        (EntSyncOptions)BindSection(root, typeof(EntSyncOptions), "", problems);

    private static object BindSection(JsonObject node, Type type, string path, ConfigProblems problems)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var (key, value) in node)
        {
            if (ConfigKeys.IsIgnored(key)) continue;
            var keyPath = ConfigPath.Key(path, key);
            var property = ConfigKeys.Find(type, key);
            if (property is null)
            {
                problems.Error(keyPath, $"clé inconnue (clés possibles : {ConfigKeys.Possible(type)})");
                continue;
            }

            // null keeps the default, like an absent key.
            if (value is null) continue;
            if (TryConvert(value, property.PropertyType, keyPath, problems, out var converted)) property.SetValue(instance, converted);
        }

        return instance;
    }

    private static bool TryConvert(JsonNode node, Type type, string path, ConfigProblems problems, out object? result)
    {
        result = null;
        if (ConfigKeys.ListElement(type) is { } element)
        {
            if (node is not JsonArray array) return Fail(problems, path, "une liste [ … ] est attendue", node, out result);
            var list = (IList)Activator.CreateInstance(type)!;
            var ok = true;
            for (var i = 0; i < array.Count; i++)
            {
                var itemPath = ConfigPath.Index(path, i);
                if (array[i] is null) ok = Fail(problems, itemPath, "valeur vide (null) dans une liste", null, out _);
                else if (TryConvert(array[i]!, element, itemPath, problems, out var item)) list.Add(item);
                else ok = false;
            }

            result = list;
            return ok;
        }

        if (ConfigKeys.IsSection(type))
        {
            if (node is not JsonObject obj) return Fail(problems, path, "un objet { … } est attendu", node, out result);
            result = BindSection(obj, type, path, problems);
            return true;
        }

        if (node is not JsonValue value) return Fail(problems, path, Expected(type), node, out result);
        result = ConvertScalar(value, type);
        return result is not null || Fail(problems, path, Expected(type), node, out result);
    }

    private static object? ConvertScalar(JsonValue value, Type type)
    {
        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        if (type == typeof(string))
        {
            // A year written without quotes ("anneeScolaire": 2026) is still what was meant.
            return text ?? (kind == JsonValueKind.Number ? value.ToJsonString() : null);
        }

        if (type == typeof(int))
        {
            if (kind == JsonValueKind.Number && value.TryGetValue<int>(out var i)) return i;
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out i) ? i : null;
        }

        if (type == typeof(double))
        {
            if (kind == JsonValueKind.Number && value.TryGetValue<double>(out var d)) return d;
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out d) ? d : null;
        }

        if (type == typeof(bool))
        {
            if (kind is JsonValueKind.True or JsonValueKind.False) return kind == JsonValueKind.True;
            return bool.TryParse(text, out var b) ? b : null;
        }

        throw new InvalidOperationException($"Option type {type.Name} is not supported by the configuration binder.");
    }

    private static string Expected(Type type) =>
        type == typeof(string) ? "un texte entre guillemets est attendu"
        : type == typeof(int) ? "un nombre entier est attendu"
        : type == typeof(double) ? "un nombre est attendu (avec un point décimal, par ex. 0.2)"
        : type == typeof(bool) ? "true ou false est attendu"
        : "une valeur simple est attendue";

    private static bool Fail(ConfigProblems problems, string path, string expected, JsonNode? received, out object? result)
    {
        result = null;
        var shown = received is null ? "" : $" (reçu : {Shorten(received.ToJsonString(Display))})";
        problems.Error(path, expected + shown);
        return false;
    }

    private static string Shorten(string json) => json.Length <= 40 ? json : json[..37] + "…";
}

using System.Reflection;

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// The keys of the options classes as the file spells them (camelCase of the property names). One place for the
/// binder, the environment overrides and the tests that compare the schema and the shipped files with the model.
/// </summary>
internal static class ConfigKeys
{
    public const string SchemaKey = "$schema";

    /// <summary>Keys starting with '_' are comments (such as "_aide"); "$schema" points editors at the JSON Schema.</summary>
    public static bool IsIgnored(string key) => key.StartsWith('_') || key == SchemaKey;

    public static IReadOnlyList<PropertyInfo> Properties(Type optionsType) =>
        optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p is { CanRead: true, CanWrite: true }).ToList();

    public static string Name(PropertyInfo property) => char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    /// <summary>The property a key names; the file is case-sensitive, environment variables are not.</summary>
    public static PropertyInfo? Find(Type optionsType, string key, bool ignoreCase = false) =>
        Properties(optionsType).FirstOrDefault(p => string.Equals(Name(p), key, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    public static string Possible(Type optionsType) => string.Join(", ", Properties(optionsType).Select(Name));

    /// <summary>The element type of a <c>List&lt;T&gt;</c> option, or null for anything else.</summary>
    public static Type? ListElement(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    /// <summary>A nested options section (a class other than string), bound key by key.</summary>
    public static bool IsSection(Type type) => type.IsClass && type != typeof(string) && ListElement(type) is null;
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EntSync.Core.Tests.Support;
using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Tests.Configuration;

/// <summary>The configuration files shipped in config/: they load, validate, and match the options model key for key.</summary>
public sealed class ShippedConfigTests
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static string ConfigFile(string name) => Path.Combine(Samples.Root, "config", name);

    private static ConfigPlatform Platform() => new(new Dictionary<string, string>(), Samples.Root, isWindows: false, programData: "");

    private static JsonObject Read(string name) => JsonNode.Parse(File.ReadAllText(ConfigFile(name)), documentOptions: Lenient)!.AsObject();

    [Fact]
    public void Demo_LoadsAndValidatesAgainstTheRepositoryDemoFolder()
    {
        var result = ConfigCheck.Run(ConfigFile("entsync.json"), Platform(), TimeProvider.System);

        Assert.True(result.IsValid, string.Join(" | ", result.Problems));
        Assert.Empty(result.Problems);
        var options = result.Config!.Options;
        var etablissement = Assert.Single(options.Etablissements);
        Assert.Equal(("7699007L", "COLLÈGE JEAN-BAPTISTE DURAND", "auto"), (etablissement.Uai, etablissement.Nom, etablissement.AnneeScolaire));
        var source = Assert.Single(options.Sources);
        Assert.Equal(("depot-demo", "dossier", "conserver"), (source.Nom, source.Type, source.ApresTraitement));
        Assert.Equal(Path.Combine(Samples.Root, "demo", "depot"), source.Chemin);
        Assert.Equal(Path.Combine(Samples.Root, "var"), result.Config.DataDirectory);
    }

    [Fact]
    public void Production_LoadsAndValidatesWithOnlyThePlaceholderWarnings()
    {
        var result = ConfigCheck.Run(ConfigFile("entsync.production.json"), Platform(), TimeProvider.System);

        Assert.True(result.IsValid, string.Join(" | ", result.Problems));
        Assert.Equal(["etablissements[0].uai", "sources"], result.Warnings.Select(w => w.Path));
        Assert.Empty(result.Config!.Options.Sources);
        Assert.Equal("/var/lib/entsync", result.Config.DataDirectory);
    }

    [Theory]
    [InlineData("entsync.json")]
    [InlineData("entsync.production.json")]
    public void ShippedConfig_HasEveryOptionWithItsDefaultSaveTheChosenValues(string name)
    {
        var root = Read(name);
        Assert.Equal("./entsync.schema.json", (string?)root["$schema"]);
        Assert.NotNull(root["_aide"]);

        // The values a file is meant to set; everything else must be spelled out with the model's default.
        string[] chosen = ["etablissements", "sources", "donnees.dossier", "destinations", "routes"];
        AssertEveryKeyWithDefault(root, new EntSyncOptions(), "", chosen);
    }

    [Fact]
    public void Schema_IsDraft202012AndDescribesEveryOptionWithItsDefault()
    {
        var schema = JsonNode.Parse(File.ReadAllText(ConfigFile("entsync.schema.json")))!.AsObject();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.NotNull(schema["properties"]!["$schema"]);
        AssertSchemaMatches(schema, schema, typeof(EntSyncOptions), "", isRoot: true);
    }

    private static void AssertEveryKeyWithDefault(JsonObject node, object defaults, string path, string[] chosen)
    {
        var keys = node.Where(kv => !ConfigKeys.IsIgnored(kv.Key)).Select(kv => kv.Key).ToList();
        var properties = ConfigKeys.Properties(defaults.GetType());
        Assert.Equal(properties.Select(ConfigKeys.Name).Order(), keys.Order());
        foreach (var property in properties)
        {
            var keyPath = ConfigPath.Key(path, ConfigKeys.Name(property));
            if (chosen.Contains(keyPath)) continue;
            var value = property.GetValue(defaults)!;
            if (ConfigKeys.IsSection(property.PropertyType)) AssertEveryKeyWithDefault(node[ConfigKeys.Name(property)]!.AsObject(), value, keyPath, chosen);
            else Assert.True(JsonNode.DeepEquals(ToJson(value), node[ConfigKeys.Name(property)]), $"{keyPath} should be its default {ToJson(value)}");
        }

        // List items (sources, etablissements) carry every key too.
        foreach (var property in properties.Where(p => ConfigKeys.ListElement(p.PropertyType) is { } t && ConfigKeys.IsSection(t)))
        {
            var items = node[ConfigKeys.Name(property)]!.AsArray();
            var element = ConfigKeys.ListElement(property.PropertyType)!;
            foreach (var item in items)
            {
                var itemKeys = item!.AsObject().Where(kv => !ConfigKeys.IsIgnored(kv.Key)).Select(kv => kv.Key).Order();
                Assert.Equal(ConfigKeys.Properties(element).Select(ConfigKeys.Name).Order(), itemKeys);
            }
        }
    }

    private static void AssertSchemaMatches(JsonObject schema, JsonObject node, Type type, string path, bool isRoot = false)
    {
        Assert.True("object" == (string?)node["type"], $"{path}: type object");
        Assert.True(false == (bool?)node["additionalProperties"], $"{path}: additionalProperties false");
        Assert.NotNull(node["patternProperties"]?["^_"]);

        var declared = node["properties"]!.AsObject().Select(kv => kv.Key).Where(k => !(isRoot && k == ConfigKeys.SchemaKey)).Order();
        Assert.Equal(ConfigKeys.Properties(type).Select(ConfigKeys.Name).Order(), declared);

        var defaults = Activator.CreateInstance(type)!;
        foreach (var property in ConfigKeys.Properties(type))
        {
            var name = ConfigKeys.Name(property);
            var keyPath = ConfigPath.Key(path, name);
            var entry = node["properties"]![name]!.AsObject();
            Assert.False(string.IsNullOrWhiteSpace((string?)(entry["description"] ?? Resolve(schema, entry)["description"])), $"{keyPath}: description");

            if (ConfigKeys.IsSection(property.PropertyType))
            {
                AssertSchemaMatches(schema, Resolve(schema, entry), property.PropertyType, keyPath);
                continue;
            }

            Assert.True(JsonNode.DeepEquals(ToJson(property.GetValue(defaults)!), entry["default"]), $"{keyPath}: default {ToJson(property.GetValue(defaults)!)}");
            if (ConfigKeys.ListElement(property.PropertyType) is { } element && ConfigKeys.IsSection(element))
            {
                Assert.Equal("array", (string?)entry["type"]);
                AssertSchemaMatches(schema, Resolve(schema, entry["items"]!.AsObject()), element, keyPath + "[]");
            }
        }
    }

    private static JsonObject Resolve(JsonObject schema, JsonObject entry) =>
        entry["$ref"] is { } reference ? schema["$defs"]![((string)reference!)["#/$defs/".Length..]]!.AsObject() : entry;

    private static JsonNode? ToJson(object value) => value switch
    {
        double d => JsonNode.Parse(d.ToString(CultureInfo.InvariantCulture)),
        _ => JsonSerializer.SerializeToNode(value),
    };
}

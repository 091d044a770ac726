namespace EntSync.Tests.Shared;

/// <summary>
/// The real servers started by tests/servers/serveurs-de-test.sh, read from $ENTSYNC_TEST_SERVERS/servers.env
/// (default /tmp/entsync-test-servers). Each module writes its keys (ports, users, key files) and <c>NAME_READY=1</c>.
/// </summary>
public static class TestServers
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Values = new(Load);

    public static string Directory =>
        Environment.GetEnvironmentVariable("ENTSYNC_TEST_SERVERS") is { Length: > 0 } dir ? dir : "/tmp/entsync-test-servers";

    public static bool IsReady(string module) => Values.Value.TryGetValue($"{module.ToUpperInvariant()}_READY", out var v) && v == "1";

    /// <summary>A value the module wrote; a missing one fails the test with the reason (on CI the servers must run).</summary>
    public static string Get(string key) =>
        Values.Value.TryGetValue(key, out var value)
            ? value
            : throw new InvalidOperationException(
                $"Serveur de test absent : {key} manque dans {Path.Combine(Directory, "servers.env")} (lancez tests/servers/serveurs-de-test.sh start en root).");

    public static int GetInt(string key) => int.Parse(Get(key), System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyDictionary<string, string> Load()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = Path.Combine(Directory, "servers.env");
        if (!File.Exists(file)) return values;
        foreach (var line in File.ReadAllLines(file))
        {
            var equals = line.IndexOf('=');
            if (equals > 0) values[line[..equals]] = line[(equals + 1)..];
        }

        return values;
    }
}

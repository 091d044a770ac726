using System.Collections;

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// What the configuration depends on outside the file: environment variables, the working directory and the operating
/// system. Injected so the lookup order and the platform defaults can be tested on any machine.
/// </summary>
internal sealed class ConfigPlatform
{
    public ConfigPlatform(IReadOnlyDictionary<string, string> variables, string currentDirectory, bool isWindows, string programData)
    {
        // Windows treats variable names case-insensitively; Linux does not.
        Variables = new Dictionary<string, string>(variables, isWindows ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        CurrentDirectory = currentDirectory;
        IsWindows = isWindows;
        ProgramData = programData;
    }

    public IReadOnlyDictionary<string, string> Variables { get; }

    public string CurrentDirectory { get; }

    public bool IsWindows { get; }

    /// <summary>%ProgramData% on Windows (C:\ProgramData); unused elsewhere.</summary>
    public string ProgramData { get; }

    public static ConfigPlatform Current()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            if (e.Key is string k && e.Value is string v) variables[k] = v;
        }

        return new ConfigPlatform(variables, Environment.CurrentDirectory, OperatingSystem.IsWindows(),
            Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData));
    }

    public string? Variable(string name) => Variables.GetValueOrDefault(name);

    /// <summary>%ProgramData%\EntSync on Windows, /var/lib/entsync on Linux (DESIGN.md §5).</summary>
    public string DefaultDataDirectory => IsWindows ? WindowsJoin(ProgramData, "EntSync") : "/var/lib/entsync";

    /// <summary>
    /// Logs when neither the data nor the log folder is configured: logs\ of %ProgramData%\EntSync on Windows,
    /// /var/log/entsync on Linux (where the systemd unit lets the service write).
    /// </summary>
    public string DefaultLogsDirectory => IsWindows ? WindowsJoin(ProgramData, "EntSync", "logs") : "/var/log/entsync";

    /// <summary>%ProgramData%\EntSync\entsync.json on Windows, /etc/entsync/entsync.json on Linux (DESIGN.md §5b).</summary>
    public string DefaultConfigFile => IsWindows ? WindowsJoin(ProgramData, "EntSync", "entsync.json") : "/etc/entsync/entsync.json";

    // Joined by hand so the Windows defaults come out the same when tested on Linux.
    private static string WindowsJoin(string root, params string[] parts) => string.Join('\\', [root.TrimEnd('\\', '/'), .. parts]);
}

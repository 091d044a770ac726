using System.Reflection;

namespace EntSync.Worker.Hosting;

/// <summary>The program's version as built (informational version, without the source-control suffix).</summary>
internal static class AppVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational)) return typeof(AppVersion).Assembly.GetName().Version?.ToString() ?? "inconnue";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? informational[..plus] : informational;
    }
}

namespace EntSync.Infrastructure.Configuration;

/// <summary>JSON paths as messages print them: <c>sources[0].chemin</c>.</summary>
internal static class ConfigPath
{
    public static string Key(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

    public static string Index(string parent, int index) => $"{parent}[{index}]";
}

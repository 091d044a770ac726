using System.Text.RegularExpressions;

namespace EntSync.Infrastructure.Configuration;

/// <summary>Paths written in the configuration: relative to the file's folder, never to the working directory.</summary>
internal static partial class ConfigPaths
{
    public static string Resolve(string configDirectory, string value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";

        // Windows paths are kept as written: on Linux they would otherwise be glued to the config folder, and the
        // validator must still see the drive letter to explain mapped drives.
        if (IsWindowsAbsolute(value)) return value;
        return Path.GetFullPath(value, configDirectory);
    }

    /// <summary>The drive letter of a path such as <c>Z:\partage</c> when it is not C: (likely a mapped network drive).</summary>
    public static char? MappedDriveLetter(string value)
    {
        var m = DrivePath().Match(value);
        if (!m.Success) return null;
        var letter = char.ToUpperInvariant(m.Groups[1].Value[0]);
        return letter == 'C' ? null : letter;
    }

    private static bool IsWindowsAbsolute(string value) =>
        DrivePath().IsMatch(value) || value.StartsWith(@"\\", StringComparison.Ordinal);

    [GeneratedRegex(@"^([A-Za-z]):([\\/]|$)")]
    private static partial Regex DrivePath();
}

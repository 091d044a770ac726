using System.IO.Enumeration;

namespace EntSync.Infrastructure.Sources.LocalFolder;

/// <summary>
/// Which names in a drop folder may be exports: the source's pattern (case-insensitive, '*' and '?'), minus hidden files
/// and the temporary names copiers and editors use while a file is still being written.
/// </summary>
internal static class DropFileNames
{
    private static readonly string[] TemporaryExtensions = [".tmp", ".temp", ".part", ".partial", ".filepart", ".crdownload"];

    public static bool IsCandidate(string name, string pattern) =>
        !IsHiddenOrTemporary(name) && FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: true);

    public static bool IsHiddenOrTemporary(string name) =>
        name.StartsWith('.')
        || name.StartsWith("~$", StringComparison.Ordinal)
        || TemporaryExtensions.Any(extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
}

namespace EntSync.Worker.Cli;

/// <summary>Turns the paths given on the command line into files: folders are walked, in a stable order.</summary>
internal static class InputFiles
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
                continue;
            }

            // Hidden files and folders (".git", an editor's temporary files, extraction scratch) are never exports.
            var root = Path.GetFullPath(path);
            var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .Select(f => Path.Combine(path, Path.GetRelativePath(root, f)))
                .Order(StringComparer.Ordinal);
            foreach (var f in files) yield return f;
        }
    }
}

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

            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal);
            foreach (var f in files) yield return f;
        }
    }
}

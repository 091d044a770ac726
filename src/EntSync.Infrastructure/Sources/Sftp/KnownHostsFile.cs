namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>Writes a server's keys into a known_hosts file, replacing the lines of the same host and keeping the others.</summary>
internal static class KnownHostsFile
{
    /// <returns>How many earlier lines of this host were replaced.</returns>
    public static int Write(string path, string host, int port, IReadOnlyList<HostKeyLine> keys)
    {
        var pattern = HostKeyLine.Pattern(host, port);
        var kept = new List<string>();
        var replaced = 0;
        if (File.Exists(path))
        {
            foreach (var line in File.ReadAllLines(path))
            {
                if (HostKeyLine.TryParse(line.Trim()) is { HostPattern: { } existing } && existing.Split(',').Contains(pattern, StringComparer.OrdinalIgnoreCase))
                {
                    replaced++;
                    continue;
                }

                kept.Add(line);
            }
        }

        kept.AddRange(keys.Select(k => k.ToKnownHostsLine(host, port)));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllLines(temporary, kept);
        File.Move(temporary, path, overwrite: true);
        return replaced;
    }
}

namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// The known_hosts file ssh checks the server against, from the source's <c>cleHote</c>: a known_hosts file is used
/// as it is (SftpBatch quotes a path with spaces); a key line (with or without its host part) is written, for this
/// host and port, to a private file of the data directory. ssh never writes to either (UpdateHostKeys=no, strict checking).
/// </summary>
internal static class SftpKnownHosts
{
    /// <param name="cleHote">The configured value: a key line, or a known_hosts file path (already made absolute).</param>
    /// <param name="privateFile">Where to write the pinned line when <paramref name="cleHote"/> is a key line.</param>
    /// <returns>The file to give ssh.</returns>
    public static string Prepare(string cleHote, string host, int port, string privateFile)
    {
        if (HostKeyLine.TryParse(cleHote.Trim()) is { } key)
        {
            Write(privateFile, key.ToKnownHostsLine(host, port) + "\n");
            return privateFile;
        }

        return cleHote;
    }

    private static void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(temporary, content);
        }
        else
        {
            // Nobody else may change which server is trusted.
            using var stream = new FileStream(temporary, new FileStreamOptions
            {
                Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
            using var writer = new StreamWriter(stream);
            writer.Write(content);
        }

        File.Move(temporary, path, overwrite: true);
    }
}

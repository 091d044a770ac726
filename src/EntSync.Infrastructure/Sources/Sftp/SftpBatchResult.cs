namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// What an sftp batch printed. sftp echoes each command as <c>sftp&gt; command</c> and stops at the first command that
/// fails (exit 1): <see cref="FailedCommand"/> is its index, <see cref="Error"/> sftp's standard error.
/// </summary>
internal sealed record SftpBatchResult(string Output, int? FailedCommand, string Error)
{
    private const string Echo = "sftp> ";

    public bool Succeeded => FailedCommand is null;

    /// <summary>The index of the last echoed command: the one that failed when sftp stopped with exit 1.</summary>
    public static int LastEchoed(string output) => Lines(output).Count(l => l.StartsWith(Echo, StringComparison.Ordinal)) - 1;

    /// <summary>The lines printed by the command at <paramref name="index"/> (between its echo and the next one).</summary>
    public IReadOnlyList<string> OutputOf(int index)
    {
        var lines = new List<string>();
        var current = -1;
        foreach (var line in Lines(Output))
        {
            if (line.StartsWith(Echo, StringComparison.Ordinal)) current++;
            else if (current == index) lines.Add(line);
        }

        return lines;
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r'));
}

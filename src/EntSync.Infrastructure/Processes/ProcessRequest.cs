namespace EntSync.Infrastructure.Processes;

/// <summary>
/// An external program to run (sftp, curl…). Arguments go one by one, never through a shell, and secrets go through
/// <see cref="StandardInput"/> or <see cref="Environment"/>: a command line is visible to every user of the machine.
/// </summary>
public sealed record ProcessRequest(string FileName, IReadOnlyList<string> Arguments, TimeSpan Timeout)
{
    /// <summary>Written to the program's standard input, which is then closed (e.g. an sftp batch, a curl config).</summary>
    public string? StandardInput { get; init; }

    /// <summary>Variables added to (or, when null, removed from) the inherited environment.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    public string? WorkingDirectory { get; init; }
}

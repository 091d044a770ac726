namespace EntSync.Infrastructure.Processes;

/// <summary>How an external program ended. <see cref="TimedOut"/>: it was killed, with its children, at the timeout.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}

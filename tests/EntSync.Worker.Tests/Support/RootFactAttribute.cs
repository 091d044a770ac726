namespace EntSync.Worker.Tests.Support;

/// <summary>Needs root on Linux (creating users, chown): skipped visibly otherwise, and failing on CI, which runs as root.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "comportement Linux";
        else if (!Environment.IsPrivilegedProcess && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))) Skip = "demande root (lancé par tests/run-tests.sh en root)";
    }
}

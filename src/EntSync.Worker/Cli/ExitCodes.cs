namespace EntSync.Worker.Cli;

/// <summary>Exit codes shared by every verb (DESIGN.md §5b).</summary>
internal static class ExitCodes
{
    public const int Done = 0;
    public const int ProblemsFound = 1;
    public const int CouldNotRun = 2;
    public const int BadUsage = 64;
}

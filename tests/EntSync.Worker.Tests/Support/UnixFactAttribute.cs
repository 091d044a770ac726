namespace EntSync.Worker.Tests.Support;

/// <summary>A test of Linux behaviour (file modes, owners, signals): skipped, visibly, on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "comportement Linux (modes de fichiers, propriétaires, signaux)";
    }
}

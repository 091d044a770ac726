namespace EntSync.Worker.Install.Linux;

/// <summary>One action of an install or uninstall plan, with the French sentence --dry-run prints for it.</summary>
internal abstract record InstallStep
{
    public abstract string Description { get; }
}

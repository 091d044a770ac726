namespace EntSync.Worker.Install.Linux;

/// <summary>A file, link or folder removed.</summary>
internal sealed record RemoveStep(string Path) : InstallStep
{
    public override string Description => $"Suppression de {Path}.";
}

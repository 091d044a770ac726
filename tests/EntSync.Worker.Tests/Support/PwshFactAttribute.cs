namespace EntSync.Worker.Tests.Support;

/// <summary>Needs PowerShell (pwsh): not packaged for Debian 12, so skipped visibly here; runs on a Windows or PowerShell CI.</summary>
public sealed class PwshFactAttribute : FactAttribute
{
    public static readonly string? Program = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .SelectMany(d => new[] { Path.Combine(d, "pwsh"), Path.Combine(d, "pwsh.exe") })
        .FirstOrDefault(File.Exists);

    public PwshFactAttribute()
    {
        if (Program is null) Skip = "PowerShell (pwsh) absent : install-service.ps1 relu ligne à ligne, pas analysé ici";
    }
}

namespace EntSync.Worker.Tests.Support;

/// <summary>Needs systemd-analyze (Debian package systemd, present even where systemd does not run): skipped visibly otherwise.</summary>
public sealed class SystemdAnalyzeFactAttribute : FactAttribute
{
    public static readonly string? Program = new[] { "/usr/bin/systemd-analyze", "/bin/systemd-analyze" }.FirstOrDefault(File.Exists);

    public SystemdAnalyzeFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "comportement Linux";
        else if (Program is null) Skip = "systemd-analyze absent : installez le paquet systemd pour vérifier l'unité";
    }
}

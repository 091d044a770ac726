namespace EntSync.Infrastructure.Tests.Configuration;

/// <summary>Runs only where a folder without permissions is really unreadable: not on Windows, and not as root.</summary>
internal sealed class UnreadableFolderFactAttribute : FactAttribute
{
    public UnreadableFolderFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Les droits Unix ne s'appliquent pas sous Windows.";
        else if (Environment.UserName == "root") Skip = "root lit tous les dossiers : le cas « dossier illisible » ne peut pas se produire.";
    }
}

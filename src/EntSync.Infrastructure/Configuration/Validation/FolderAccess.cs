namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>Whether a folder can be listed by this process, and if not, why in French.</summary>
internal static class FolderAccess
{
    public static string? Problem(string path)
    {
        if (!Directory.Exists(path))
        {
            return File.Exists(path) ? $"{path} est un fichier, un dossier est attendu" : $"dossier introuvable : {path}";
        }

        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(path).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return $"dossier illisible : {path} (droits insuffisants : le compte du service doit pouvoir le lire, " +
                   "et le modifier si apresTraitement vaut deplacer ou supprimer)";
        }
        catch (IOException)
        {
            return $"dossier illisible : {path} (erreur d'accès au disque ou au partage)";
        }
    }

    /// <summary>
    /// Reports a folder that cannot be used, with the mapped-drive explanation when the path starts with a letter other
    /// than C:. A lettered path that works here (perhaps a real second disk) is only a warning. <paramref name="mayBeCreated"/>:
    /// a missing folder is fine (the data directory is created at first start).
    /// </summary>
    public static void Check(string path, string jsonPath, ConfigProblems problems, bool mayBeCreated = false)
    {
        var problem = mayBeCreated && !Path.Exists(path) ? null : Problem(path);
        if (ConfigPaths.MappedDriveLetter(path) is not { } letter)
        {
            if (problem is not null) problems.Error(jsonPath, problem);
            return;
        }

        const string Unc = @"indiquez le chemin UNC, par ex. \\serveur\partage\dossier";
        if (problem is null && Path.Exists(Path.GetPathRoot(path)))
        {
            problems.Warning(jsonPath, $"si {letter}: est un lecteur réseau, le service ne le verra pas (un service ne voit pas " +
                                       $"les lecteurs réseau connectés dans une session) : {Unc}");
            return;
        }

        var advice = $"{letter}: ressemble à un lecteur réseau, or un service ne voit pas les lecteurs réseau connectés " +
                     $"(ils n'existent que dans la session d'un utilisateur) : {Unc}";
        problems.Error(jsonPath, problem is null ? advice : $"{problem} ; {advice}");
    }
}

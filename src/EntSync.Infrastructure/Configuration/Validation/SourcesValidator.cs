using EntSync.Core.Model;

namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>sources: unique names, a supported type, a readable folder (or a valid sftp or ftp server: SftpSourceValidator, FtpSourceValidator), known export kinds and a known apresTraitement.</summary>
internal static class SourcesValidator
{
    public const string AnyKind = "tous";

    private static readonly string[] AfterProcessing = ["deplacer", "supprimer", "conserver"];

    public static IReadOnlyList<string> KindNames { get; } =
        Enum.GetNames<ExportKind>().Where(n => n != nameof(ExportKind.Unknown)).ToList();

    public static void Validate(IReadOnlyList<SourceOptions> sources, ConfigProblems problems, IReadOnlySet<string>? fromSecrets = null)
    {
        if (sources.Count == 0)
        {
            problems.Warning("sources", "aucune source : le service ne collectera aucun fichier ; ajoutez au moins un dossier de dépôt");
            return;
        }

        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sources.Count; i++)
        {
            var path = ConfigPath.Index("sources", i);
            var s = sources[i];
            if (s.Nom.Trim().Length == 0) problems.Error(ConfigPath.Key(path, "nom"), "valeur requise : un nom court pour cette source (par ex. \"depot-secretariat\")");
            else if (!names.TryAdd(s.Nom, i)) problems.Error(ConfigPath.Key(path, "nom"), $"nom « {s.Nom} » déjà utilisé par sources[{names[s.Nom]}] : chaque source a son propre nom");

            if (s.Type == "ftp") FtpSourceValidator.Validate(s, path, fromSecrets ?? new HashSet<string>(), problems);
            else ValidateLocation(s, path, problems);
            if (s.Motif.Trim().Length == 0 || s.Motif.IndexOfAny(['/', '\\']) >= 0)
            {
                problems.Error(ConfigPath.Key(path, "motif"), $"un motif de nom de fichier sans dossier est attendu (par ex. \"*\" ou \"*.xml\"), reçu « {s.Motif} »");
            }

            ValidateKinds(s.Types, ConfigPath.Key(path, "types"), problems);
            if (!AfterProcessing.Contains(s.ApresTraitement))
            {
                problems.Error(ConfigPath.Key(path, "apresTraitement"),
                    $"valeur inconnue « {s.ApresTraitement} » : {string.Join(", ", AfterProcessing)} est attendu");
            }

            if (s.StabiliteSecondes < 1)
            {
                problems.Error(ConfigPath.Key(path, "stabiliteSecondes"), $"un nombre de secondes d'au moins 1 est attendu, reçu {s.StabiliteSecondes}");
            }
        }
    }

    private static void ValidateLocation(SourceOptions s, string path, ConfigProblems problems)
    {
        var typePath = ConfigPath.Key(path, "type");
        if (s.Type == "sftp")
        {
            SftpSourceValidator.Validate(s, path, problems);
            return;
        }

        if (s.Type != "dossier")
        {
            problems.Error(typePath, $"type inconnu « {s.Type} » : « dossier », « sftp » ou « ftp » est attendu");
            return;
        }

        var cheminPath = ConfigPath.Key(path, "chemin");
        if (s.Chemin.Length == 0)
        {
            problems.Error(cheminPath, @"valeur requise : le dossier de dépôt (chemin local, ou chemin UNC \\serveur\partage pour un partage réseau)");
            return;
        }

        FolderAccess.Check(s.Chemin, cheminPath, problems);
    }

    private static void ValidateKinds(IReadOnlyList<string> kinds, string path, ConfigProblems problems)
    {
        var expected = $"« {AnyKind} » ou des types d'export parmi : {string.Join(", ", KindNames)}";
        if (kinds.Count == 0)
        {
            problems.Error(path, $"liste vide : {expected}");
            return;
        }

        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == AnyKind)
            {
                if (kinds.Count > 1) problems.Error(ConfigPath.Index(path, i), $"« {AnyKind} » s'emploie seul : retirez les autres types ou retirez « {AnyKind} »");
            }
            else if (!KindNames.Contains(kinds[i]))
            {
                problems.Error(ConfigPath.Index(path, i), $"type d'export inconnu « {kinds[i]} » : {expected}");
            }
        }
    }
}

using EntSync.Core.Relay;
using EntSync.Core.Rules.Catalog;
using EntSync.Infrastructure.Sources.Sftp;

namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>
/// destinations: unique names, a configured establishment, a supported type with what it needs (url, folder…), known
/// kinds, a mode, a usable file-name pattern, known blocking codes, sensible retry numbers.
/// </summary>
internal static class DestinationsValidator
{
    public static readonly string[] Modes = ["simulation", "reel"];
    private static readonly string[] Available = ["http", "webdav", "dossier", "sftp"];

    public static void Validate(IReadOnlyList<DestinationOptions> destinations, IReadOnlyList<EtablissementOptions> etablissements, ConfigProblems problems)
    {
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var uais = etablissements.Select(e => e.Uai).Where(u => u.Length > 0).ToList();
        for (var i = 0; i < destinations.Count; i++)
        {
            var path = ConfigPath.Index("destinations", i);
            var d = destinations[i];
            if (d.Nom.Trim().Length == 0) problems.Error(ConfigPath.Key(path, "nom"), "valeur requise : un nom court pour cette destination (par ex. \"ent\" ou \"import-edt\")");
            else if (d.Nom.IndexOfAny(['/', '\\', '"']) >= 0) problems.Error(ConfigPath.Key(path, "nom"), $"« {d.Nom} » : un nom sans / \\ ni guillemet est attendu");
            else if (!names.TryAdd(d.Nom, i)) problems.Error(ConfigPath.Key(path, "nom"), $"nom « {d.Nom} » déjà utilisé par destinations[{names[d.Nom]}] : chaque destination a son propre nom");

            if (!uais.Contains(d.Etablissement, StringComparer.OrdinalIgnoreCase))
            {
                problems.Error(ConfigPath.Key(path, "etablissement"),
                    $"« {d.Etablissement} » n'est pas un établissement déclaré : l'UAI d'un des etablissements est attendu ({string.Join(", ", uais)})");
            }

            ValidateType(d, path, problems);
            KindList.Validate(d.Types, ConfigPath.Key(path, "types"), problems);
            if (!Modes.Contains(d.Mode)) problems.Error(ConfigPath.Key(path, "mode"), $"valeur inconnue « {d.Mode} » : « simulation » (rien n'est envoyé) ou « reel » est attendu");
            if (RelayFileName.Problem(d.NomFichier) is { } pattern) problems.Error(ConfigPath.Key(path, "nomFichier"), pattern);
            ValidateGate(d, path, problems);
        }
    }

    private static void ValidateType(DestinationOptions d, string path, ConfigProblems problems)
    {
        var typePath = ConfigPath.Key(path, "type");
        switch (d.Type)
        {
            case "http" or "webdav":
                HttpDestinationValidator.Validate(d, path, problems);
                break;
            case "dossier" when d.Chemin.Length == 0:
                problems.Error(ConfigPath.Key(path, "chemin"), @"valeur requise : le dossier où déposer les fichiers (chemin local, ou chemin UNC \\serveur\partage)");
                break;
            case "dossier":
                if (ConfigPaths.MappedDriveLetter(d.Chemin) is { } letter)
                {
                    problems.Warning(ConfigPath.Key(path, "chemin"), $"lecteur {letter}: — un service ne voit pas les lecteurs réseau : écrivez le chemin UNC \\\\serveur\\partage");
                }

                break;
            case "sftp":
                SftpSourceValidator.Validate(SftpConnection.Of(d), d.Chemin, d.MotDePasse, path, problems);
                break;
            default:
                problems.Error(typePath, $"type inconnu « {d.Type} » : {string.Join(", ", Available)} est attendu");
                break;
        }
    }

    private static void ValidateGate(DestinationOptions d, string path, ConfigProblems problems)
    {
        for (var c = 0; c < d.CodesBloquants.Count; c++)
        {
            var code = d.CodesBloquants[c];
            var codePath = ConfigPath.Index(ConfigPath.Key(path, "codesBloquants"), c);
            if (AnomalyCatalog.Find(code) is null) problems.Error(codePath, $"code d'anomalie inconnu « {code} » (les codes sont ceux imprimés dans les rapports et listés dans le README)");
            else if (EntAnomalies.All.Any(a => a.Code == code)) problems.Error(codePath, $"« {code} » vient du relais lui-même et ne peut pas retenir un envoi");
        }

        if (d.FenetreDoubleExportMinutes is < 0 or > 10_080)
        {
            problems.Error(ConfigPath.Key(path, "fenetreDoubleExportMinutes"), $"un nombre de minutes entre 0 (pas de détection) et 10080 (une semaine) est attendu, reçu {d.FenetreDoubleExportMinutes}");
        }

        if (d.Tentatives is < 1 or > 10) problems.Error(ConfigPath.Key(path, "tentatives"), $"un nombre entre 1 et 10 est attendu, reçu {d.Tentatives}");
        if (d.PauseTentativesSecondes is < 0 or > 3600)
        {
            problems.Error(ConfigPath.Key(path, "pauseTentativesSecondes"), $"un nombre de secondes entre 0 et 3600 est attendu, reçu {d.PauseTentativesSecondes}");
        }
    }
}

using System.Globalization;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>controles: a partial-export share strictly between 0 and 1, known anomaly codes, and ignore entries with a reason.</summary>
internal static class ControlesValidator
{
    private const string CodesHint = "les codes sont ceux imprimés dans les rapports et listés dans le README";

    public static void Validate(ControlesOptions controles, DateOnly today, ConfigProblems problems)
    {
        if (controles.SeuilExportPartiel is not (> 0 and < 1))
        {
            problems.Error("controles.seuilExportPartiel",
                $"un nombre strictement entre 0 et 1 est attendu (par ex. 0.2 pour 20 %), reçu {controles.SeuilExportPartiel.ToString(CultureInfo.InvariantCulture)}");
        }

        for (var i = 0; i < controles.CodesDesactives.Count; i++)
        {
            CheckCode(controles.CodesDesactives[i], ConfigPath.Index("controles.codesDesactives", i), problems);
        }

        for (var i = 0; i < controles.Ignorer.Count; i++)
        {
            var path = ConfigPath.Index("controles.ignorer", i);
            var entry = controles.Ignorer[i];
            if (entry.Code.Length == 0) problems.Error(ConfigPath.Key(path, "code"), $"valeur requise : le code de l'anomalie à ignorer ({CodesHint})");
            else CheckCode(entry.Code, ConfigPath.Key(path, "code"), problems);

            if (entry.Raison.Trim().Length == 0)
            {
                problems.Error(ConfigPath.Key(path, "raison"), "valeur requise : pourquoi cette anomalie est ignorée (pour ceux qui reliront la configuration)");
            }

            CheckUntil(entry.Jusquau, ConfigPath.Key(path, "jusquau"), today, problems);
        }
    }

    private static void CheckCode(string code, string path, ConfigProblems problems)
    {
        if (AnomalyCatalog.Find(code) is null) problems.Error(path, $"code d'anomalie inconnu « {code} » ({CodesHint})");
    }

    private static void CheckUntil(string value, string path, DateOnly today, ConfigProblems problems)
    {
        if (value.Length == 0) return;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
        {
            problems.Error(path, $"une date AAAA-MM-JJ est attendue (par ex. 2027-07-07), ou rien pour ne pas fixer de fin ; reçu « {value} »");
        }
        else if (until < today)
        {
            problems.Warning(path, $"date dépassée ({value}) : l'anomalie est de nouveau signalée ; retirez l'entrée ou repoussez la date");
        }
    }
}

using System.Globalization;

namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>etablissements: at least one, each with a well-formed UAI (once) and a school year that is "auto" or a year.</summary>
internal static class EtablissementsValidator
{
    // The production template's placeholder: well formed, so it would otherwise pass unnoticed.
    private const string PlaceholderUai = "0000000A";

    public static void Validate(IReadOnlyList<EtablissementOptions> etablissements, ConfigProblems problems)
    {
        if (etablissements.Count == 0)
        {
            problems.Error("etablissements", "au moins un établissement est attendu, par ex. " +
                                             "[ { \"uai\": \"0123456A\", \"nom\": \"COLLÈGE …\", \"anneeScolaire\": \"auto\" } ]");
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < etablissements.Count; i++)
        {
            var path = ConfigPath.Index("etablissements", i);
            var e = etablissements[i];
            ValidateUai(e.Uai, ConfigPath.Key(path, "uai"), problems);
            if (e.Uai.Length > 0 && !seen.TryAdd(e.Uai, i))
            {
                problems.Error(ConfigPath.Key(path, "uai"), $"UAI {e.Uai} déjà déclaré dans etablissements[{seen[e.Uai]}] : un établissement ne figure qu'une fois");
            }

            if (!IsSchoolYear(e.AnneeScolaire))
            {
                problems.Error(ConfigPath.Key(path, "anneeScolaire"),
                    $"« auto » ou l'année de la rentrée sur 4 chiffres est attendu (par ex. 2026 pour 2026-2027), reçu « {e.AnneeScolaire} »");
            }
        }
    }

    private static void ValidateUai(string uai, string path, ConfigProblems problems)
    {
        if (uai.Length == 0)
        {
            problems.Error(path, "valeur requise : l'UAI (ex-RNE) de l'établissement, 7 chiffres et une lettre majuscule (par ex. 0123456A)");
            return;
        }

        if (!UaiFormat.HasShape(uai))
        {
            problems.Error(path, $"UAI invalide « {uai} » : 7 chiffres suivis d'une lettre majuscule sont attendus (par ex. 0123456A)");
            return;
        }

        if (uai == PlaceholderUai)
        {
            problems.Warning(path, $"UAI d'exemple {PlaceholderUai} : remplacez-le par celui de l'établissement");
            return;
        }

        var expected = UaiFormat.WithCheckLetter(uai);
        if (expected != uai)
        {
            problems.Warning(path, $"la lettre de contrôle de l'UAI {uai} ne correspond pas à ses chiffres (attendu {expected}) : vérifiez-le");
        }
    }

    private static bool IsSchoolYear(string value) =>
        value == "auto" || (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100);
}

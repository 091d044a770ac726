using System.Globalization;
using EntSync.Core.Model.Sts;

namespace EntSync.Core.Rules.Sts;

/// <summary>How a report names a member of staff: « DUPONT Marie (née le 03/04/1980) ».</summary>
internal static class StaffLabel
{
    public static string Of(Individu i)
    {
        var nom = i.NomUsage ?? i.NomPatronymique ?? "(sans nom)";
        var label = i.Prenom is { Length: > 0 } prenom ? $"{nom} {prenom}" : nom;
        if (i.DateNaissance is not { } naissance) return label;
        var ne = i.Sexe == "2" ? "née" : "né";
        return $"{label} ({ne} le {naissance.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})";
    }
}

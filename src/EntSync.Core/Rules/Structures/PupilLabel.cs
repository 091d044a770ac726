using System.Globalization;
using EntSync.Core.Model.Siecle;

namespace EntSync.Core.Rules.Structures;

/// <summary>How a report names a pupil: « MARTIN Léa (née le 12/03/2014, 6E2) ».</summary>
internal static class PupilLabel
{
    public static string Of(Eleve e, bool withDivision)
    {
        var nom = e.NomDeFamille ?? e.NomUsage ?? "(sans nom)";
        var label = e.Prenom is { Length: > 0 } prenom ? $"{nom} {prenom}" : nom;
        var details = new List<string>(2);
        if (e.DateNaiss is { } naissance)
        {
            details.Add($"{(e.CodeSexe == "2" ? "née" : "né")} le {naissance.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
        }

        if (withDivision && e.Division is { Length: > 0 } division) details.Add(division);
        return details.Count == 0 ? label : $"{label} ({string.Join(", ", details)})";
    }

    /// <summary>The first few pupils by name, then how many more: a report line stays readable for a whole class.</summary>
    public static string List(IReadOnlyList<Eleve> eleves, bool withDivision, int shown = 5)
    {
        var names = eleves.Take(shown).Select(e => Of(e, withDivision));
        var more = eleves.Count > shown ? $" et {eleves.Count - shown} autre{(eleves.Count - shown > 1 ? "s" : "")}" : "";
        return string.Join(", ", names) + more;
    }
}

using System.Globalization;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Udt;

/// <summary>
/// UDT's own codes for the generated school. A group's UDT code is unique only within its division (ODE keys groups by
/// code_div + code), so it is the STS code without the division prefix ("6E1ES" in 6E1 → "ES"); its id is its position.
/// </summary>
internal sealed class UdtCodes
{
    private readonly Dictionary<string, string> _matieres;
    private readonly Dictionary<int, GenIndividu> _individus;
    private readonly Dictionary<string, (string Division, string Code, string Id)> _groupes = new(StringComparer.Ordinal);

    public UdtCodes(GeneratedSchool school)
    {
        _matieres = school.Matieres.GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.First().CodeGestion);
        _individus = school.Individus.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        for (var i = 0; i < school.Groupes.Count; i++)
        {
            var g = school.Groupes[i];
            var division = g.Divisions.Count > 0 ? g.Divisions[0] : "";
            var code = division.Length > 0 && g.Code.Length > division.Length && g.Code.StartsWith(division, StringComparison.Ordinal)
                ? g.Code[division.Length..]
                : g.Code;
            _groupes.TryAdd(g.Code, (division, code, (i + 1).ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The management code of a national subject code (the code itself when unknown).</summary>
    public string? Matiere(string? code) => code is null ? null : _matieres.GetValueOrDefault(code, code);

    public (string Division, string Code, string Id)? Groupe(string stsCode) =>
        _groupes.TryGetValue(stsCode, out var g) ? g : null;

    /// <summary>A teacher's UDT code (position in the list) from their STS id.</summary>
    public string? Professeur(int? id) =>
        id is { } i && _individus.TryGetValue(i, out var p) ? p.Numero.ToString(CultureInfo.InvariantCulture) : null;
}

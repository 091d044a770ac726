using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Edt;

/// <summary>
/// The internal idents EDT gives its entities, assigned the same way for every file of a generation: position in the
/// school's lists (1-based), the pupils' and staff's <c>Numero</c>. Parties de classe get idents in order of appearance
/// among the courses that name one.
/// </summary>
internal sealed class EdtIdents
{
    public EdtIdents(GeneratedSchool school)
    {
        Matieres = Index(school.Matieres.Select(m => m.Code));
        Divisions = Index(school.Divisions.Select(d => d.Code));
        Groupes = Index(school.Groupes.Select(g => g.Code));
        Salles = Index(school.Salles.Select(s => s.Code));
        Individus = school.Individus.ToDictionary(i => i.Id);
        DivisionOfGroupe = school.Groupes.ToDictionary(g => g.Code, g => g.Divisions.Count > 0 ? g.Divisions[0] : g.Code);
        foreach (var c in school.Cours)
        {
            if (c.PartieDeClasse is null) continue;
            var key = (DivisionOf(c), c.PartieDeClasse);
            if (!Parties.ContainsKey(key)) Parties[key] = Parties.Count + 1;
        }
    }

    public IReadOnlyDictionary<string, int> Matieres { get; }
    public IReadOnlyDictionary<string, int> Divisions { get; }
    public IReadOnlyDictionary<string, int> Groupes { get; }
    public IReadOnlyDictionary<string, int> Salles { get; }
    public IReadOnlyDictionary<int, GenIndividu> Individus { get; }
    public Dictionary<(string Division, string Partie), int> Parties { get; } = [];
    private IReadOnlyDictionary<string, string> DivisionOfGroupe { get; }

    public string DivisionOf(GenCours c) => c.SurGroupe ? DivisionOfGroupe.GetValueOrDefault(c.StructureCode, c.StructureCode) : c.StructureCode;

    private static Dictionary<string, int> Index(IEnumerable<string> codes)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in codes) map.TryAdd(code, map.Count + 1);
        return map;
    }
}

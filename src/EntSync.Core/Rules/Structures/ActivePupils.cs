using EntSync.Core.Model.Siecle;

namespace EntSync.Core.Rules.Structures;

/// <summary>The pupils still in the school (no DATE_SORTIE, or one not yet passed), grouped by division and by group code.</summary>
internal sealed class ActivePupils
{
    public Dictionary<string, List<Eleve>> ByDivision { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<Eleve>> ByGroupe { get; } = new(StringComparer.Ordinal);

    public ActivePupils(SiecleElevesExport eleves, DateOnly today)
    {
        foreach (var e in eleves.Eleves)
        {
            if (e.DateSortie is { } sortie && sortie < today) continue;
            if (e.Division is { Length: > 0 } division) Add(ByDivision, division, e);
            foreach (var g in e.Groupes)
            {
                if (g.Length > 0) Add(ByGroupe, g, e);
            }
        }
    }

    private static void Add(Dictionary<string, List<Eleve>> map, string code, Eleve e)
    {
        if (!map.TryGetValue(code, out var list)) map[code] = list = [];
        if (list.Count == 0 || !ReferenceEquals(list[^1], e)) list.Add(e);
    }
}

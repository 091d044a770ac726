using EntSync.Core.Model.Sts;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Snapshot.Matching;

/// <summary>
/// Finds which STS-Web INDIVIDU a timetable teacher is: by STS id (EDT IDSTS, UDT epj, emp_sts ENSEIGNANT/@ID), else by
/// normalised name and birth date (NOM_USAGE or NOM_PATRONYMIQUE), else, when the timetable carries no birth date (EDT
/// text export), by normalised name alone. Homonyms give several candidates: callers decide what that means.
/// </summary>
public sealed class TeacherMatcher
{
    private readonly Dictionary<string, Individu> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Individu>> _byPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Individu>> _byName = new(StringComparer.Ordinal);

    public TeacherMatcher(IEnumerable<Individu> individus)
    {
        foreach (var i in individus)
        {
            if (!string.IsNullOrWhiteSpace(i.Id)) _byId.TryAdd(i.Id.Trim(), i);
            foreach (var nom in new[] { i.NomUsage, i.NomPatronymique }.Distinct())
            {
                if (string.IsNullOrWhiteSpace(nom)) continue;
                Add(_byName, NameKey.Person(nom, i.Prenom, null), i);
                if (i.DateNaissance is not null) Add(_byPerson, NameKey.Person(nom, i.Prenom, i.DateNaissance), i);
            }
        }
    }

    /// <summary>The INDIVIDUs this teacher may be; empty when STS-Web does not know them.</summary>
    public IReadOnlyList<Individu> Match(TimetableEnseignant teacher)
    {
        if (teacher.IdSts is { } id && _byId.TryGetValue(id.Trim(), out var byId)) return [byId];
        if (string.IsNullOrWhiteSpace(teacher.Nom)) return [];

        var name = NameKey.Person(teacher.Nom, teacher.Prenom, null);
        if (teacher.DateNaissance is null) return _byName.GetValueOrDefault(name) ?? [];
        if (_byPerson.TryGetValue(NameKey.Person(teacher.Nom, teacher.Prenom, teacher.DateNaissance), out var same)) return same;

        // STS without a birth date cannot contradict the timetable's: the name decides.
        return (_byName.GetValueOrDefault(name) ?? []).Where(i => i.DateNaissance is null).ToList();
    }

    private static void Add(Dictionary<string, List<Individu>> index, string key, Individu i)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(i)) list.Add(i);
    }
}

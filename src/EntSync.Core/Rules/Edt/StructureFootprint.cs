using EntSync.Core.Snapshot;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Rules.Edt;

/// <summary>
/// What identifies a class or group apart from its name: its pupils and its (subject, teacher) pairs, with ids that
/// stay the same across two exports (ELEVE_ID, INE, STS id, else normalised names).
/// </summary>
internal sealed record StructureFootprint(string Nom, TimetableStructureKind Kind)
{
    public HashSet<string> Eleves { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Cours { get; } = new(StringComparer.Ordinal);

    /// <summary>The classes and groups of a timetable by name (parties de classe left out: they have no stable name).</summary>
    public static Dictionary<string, StructureFootprint> Of(TimetableView view)
    {
        var result = new Dictionary<string, StructureFootprint>(StringComparer.Ordinal);
        foreach (var s in view.Structures)
        {
            if (s.Kind != TimetableStructureKind.PartieDeClasse) result.TryAdd(s.Nom, new StructureFootprint(s.Nom, s.Kind));
        }

        foreach (var e in view.Eleves)
        {
            var id = PupilId(e);
            if (e.Classe is { } classe && result.TryGetValue(classe, out var c)) c.Eleves.Add(id);
            foreach (var g in e.Groupes)
            {
                if (result.TryGetValue(g, out var f)) f.Eleves.Add(id);
            }
        }

        var teachers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in view.Enseignants) teachers.TryAdd(t.Key, TeacherId(t));
        foreach (var cours in view.Cours)
        {
            List<string> pairs = cours.Enseignants.Count == 0
                ? [$"{cours.Matiere}|"]
                : cours.Enseignants.Select(k => $"{cours.Matiere}|{teachers.GetValueOrDefault(k, k)}").ToList();
            foreach (var name in cours.Structures)
            {
                if (result.TryGetValue(name, out var f)) f.Cours.UnionWith(pairs);
            }
        }

        return result;
    }

    private static string PupilId(TimetableEleve e) =>
        e.EleveId is { Length: > 0 } id ? $"ID:{id}"
        : e.Ine is { Length: > 0 } ine ? $"INE:{ine}"
        : !string.IsNullOrWhiteSpace(e.Nom) ? $"NOM:{NameKey.Person(e.Nom, e.Prenom, e.DateNaissance)}"
        : $"CLE:{e.Key}";

    private static string TeacherId(TimetableEnseignant t) =>
        t.IdSts is { Length: > 0 } id ? $"STS:{id}"
        : !string.IsNullOrWhiteSpace(t.Nom) ? $"NOM:{NameKey.Person(t.Nom, t.Prenom, null)}"
        : $"CLE:{t.Key}";
}

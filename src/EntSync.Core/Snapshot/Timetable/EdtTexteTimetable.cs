using EntSync.Core.Model;
using EntSync.Core.Model.Edt;

namespace EntSync.Core.Snapshot.Timetable;

/// <summary>
/// The timetable view of EDT's text export of courses: no pupils and no ids, teachers known by name only, and a CLASSE
/// column that holds classes and groups alike. A co-taught course names its teachers separated by commas
/// ("DUPONT, MARTIN" with the first names in the same order): each is a teacher of the course.
/// </summary>
internal static class EdtTexteTimetable
{
    public static TimetableView From(EdtTexteExport e, string file)
    {
        var enseignants = new Dictionary<string, TimetableEnseignant>(StringComparer.Ordinal);
        var cours = new List<TimetableCours>(e.Cours.Count);
        foreach (var c in e.Cours)
        {
            var keys = new List<string>(1);
            foreach (var (nom, prenom) in Teachers(c))
            {
                var key = $"{nom}|{prenom}";
                enseignants.TryAdd(key, new TimetableEnseignant(key, null, nom, prenom, null));
                if (!keys.Contains(key)) keys.Add(key);
            }

            cours.Add(new TimetableCours(c.MatCode ?? c.MatLibelle ?? "", keys, c.Classe is null ? [] : [c.Classe])
            {
                Jour = c.JourNumero,
                Debut = c.HeureDebut,
            });
        }

        var structures = e.Cours.Where(c => c.Classe is not null).Select(c => c.Classe!).Distinct()
            .Select(n => new TimetableStructure(n, TimetableStructureKind.Indetermine, [])).ToList();

        return new TimetableView(ExportKind.EdtTexte, file) { Enseignants = enseignants.Values.ToList(), Structures = structures, Cours = cours };
    }

    private static IEnumerable<(string Nom, string? Prenom)> Teachers(EdtTexteCours c)
    {
        if (c.ProfNom is null) yield break;
        if (!c.ProfNom.Contains(','))
        {
            yield return (c.ProfNom, c.ProfPrenom);
            yield break;
        }

        var noms = c.ProfNom.Split(',', StringSplitOptions.TrimEntries);
        var prenoms = c.ProfPrenom?.Split(',', StringSplitOptions.TrimEntries) ?? [];
        for (var i = 0; i < noms.Length; i++)
        {
            if (noms[i].Length > 0) yield return (noms[i], i < prenoms.Length ? prenoms[i] : null);
        }
    }
}

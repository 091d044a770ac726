using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EntSync.Core.Model;
using EntSync.Core.Model.Sts;
using EntSync.Core.Snapshot;
using EntSync.Core.Snapshot.Timetable;

namespace EntSync.Core.Rules.Edt;

/// <summary>How the timetable checks name teachers, structures and counts in French, and the ids they use as subjects.</summary>
internal static class TimetableWording
{
    public static string Teacher(TimetableEnseignant t)
    {
        if (string.IsNullOrWhiteSpace(t.Nom)) return t.IdSts is { } id ? $"l'enseignant d'identifiant STS {id}" : $"l'enseignant « {t.Key} »";
        var name = string.IsNullOrWhiteSpace(t.Prenom) ? t.Nom.Trim() : $"{t.Nom.Trim()} {t.Prenom.Trim()}";
        return t.DateNaissance is { } d ? $"{name} (né(e) le {Date(d)})" : name;
    }

    public static string Individu(Individu i) =>
        $"{i.NomUsage ?? i.NomPatronymique} {i.Prenom}".Trim() + $" (STS-Web, INDIVIDU {i.Id})";

    /// <summary>
    /// A teacher's subject: the STS id when the timetable carries it, else the software's own key. The text export
    /// knows teachers only by name, which must not reach logs: its key is hashed.
    /// </summary>
    public static string TeacherSubject(TimetableView view, TimetableEnseignant t)
    {
        if (!string.IsNullOrWhiteSpace(t.IdSts)) return $"IDSTS:{t.IdSts.Trim()}";
        if (view.Source != ExportKind.EdtTexte) return $"ENSEIGNANT:{view.Source}:{t.Key}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(NameKey.Person(t.Nom, t.Prenom, t.DateNaissance)));
        return $"ENSEIGNANT:{view.Source}:{Convert.ToHexString(hash)[..12]}";
    }

    public static string Cours(int n) => n == 1 ? "1 cours" : $"{n} cours";

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items) => string.Join(", ", items);

    /// <summary>The number of courses of each teacher key.</summary>
    public static Dictionary<string, int> CoursByTeacher(TimetableView view)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in view.Cours)
        {
            foreach (var key in c.Enseignants) counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    /// <summary>The number of courses given to each structure name.</summary>
    public static Dictionary<string, int> CoursByStructure(TimetableView view)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in view.Cours)
        {
            foreach (var name in c.Structures.Distinct()) counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        return counts;
    }
}

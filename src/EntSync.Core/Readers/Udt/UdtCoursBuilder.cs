using System.Globalization;
using EntSync.Core.Model.Udt;

namespace EntSync.Core.Readers.Udt;

/// <summary>
/// Builds courses the way ODE's UDT import does (FORMATS.md §11.1): lignes of one week file sharing div + mat + prof +
/// rgpmt + gpe, sorted by code, are merged while the 3-digit prefix of their codes follows on (+1). ODE's loop drops a
/// key's single ligne and the tail of a key's last run; that is a bug there, not the format, so every run is kept here.
/// Lignes without div (ODE skips them) or without fic (ODE reports them) make no course.
/// </summary>
internal static class UdtCoursBuilder
{
    private readonly record struct Key(int? Semaine, string Div, string? Mat, string? Prof, string? Rgpmt, string? Gpe);

    public static (List<UdtCours> Cours, int Ignored) Build(
        IReadOnlyList<UdtLigneFiche> lignes, IReadOnlyList<UdtFiche> fiches, IReadOnlyList<UdtDemiSequence> demiSequences)
    {
        var ignored = 0;
        var groups = new Dictionary<Key, List<UdtLigneFiche>>();
        var order = new List<Key>();
        foreach (var l in lignes)
        {
            if (l.Div is null || l.Fic is null)
            {
                ignored++;
                continue;
            }

            var key = new Key(l.Semaine, l.Div, l.Mat, l.Prof, l.Rgpmt, l.Gpe);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add(l);
        }

        var slots = new UdtSlots(fiches, demiSequences);
        var cours = new List<UdtCours>(lignes.Count);
        foreach (var key in order)
        {
            var list = groups[key];
            if (list.Count > 1) list.Sort(static (a, b) => string.CompareOrdinal(a.Code, b.Code));
            var start = 0;
            for (var i = 1; i <= list.Count; i++)
            {
                if (i < list.Count && Follows(list[i - 1], list[i])) continue;
                cours.Add(Course(list, start, i - 1, slots));
                start = i;
            }
        }

        return (cours, ignored);
    }

    private static bool Follows(UdtLigneFiche previous, UdtLigneFiche next) =>
        Prefix(previous.Code) is { } p && Prefix(next.Code) is { } n && n == p + 1;

    private static int? Prefix(string? code) =>
        code is { Length: >= 3 } && int.TryParse(code.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static UdtCours Course(List<UdtLigneFiche> list, int first, int last, UdtSlots slots)
    {
        var l = list[first];
        var end = list[last];
        var start = slots.Of(l.Fic!);
        return new UdtCours
        {
            CodeLigne = l.Code ?? "",
            FicheDebut = l.Fic!,
            FicheFin = end.Fic!,
            NombreLignes = last - first + 1,
            Div = l.Div!,
            Mat = l.Mat,
            Prof = l.Prof,
            Salle = l.Salle,
            Rgpmt = l.Rgpmt,
            Gpe = l.Gpe,
            IdGpe = l.IdGpe,
            Semaine = l.Semaine,
            Jour = start.Jour,
            HeureDebut = start.Debut,
            HeureFin = slots.Of(end.Fic!).Fin,
        };
    }
}

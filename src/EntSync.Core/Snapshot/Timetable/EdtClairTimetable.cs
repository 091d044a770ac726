using EntSync.Core.Model;
using EntSync.Core.Model.Edt;

namespace EntSync.Core.Snapshot.Timetable;

/// <summary>The timetable view of Index Education's clear export: internal Ident links resolved to names.</summary>
internal static class EdtClairTimetable
{
    public static TimetableView From(EdtClairExport e, string file)
    {
        var classes = ByIdent(e.Classes, c => c.Ident, c => c.Nom ?? c.Ident);
        var groupes = ByIdent(e.Groupes, g => g.Ident, g => g.Nom ?? g.Ident);
        var parties = ByIdent(e.PartiesDeClasse, p => p.Ident, p => PartieName(p, classes));
        var matieres = ByIdent(e.Matieres, m => m.Ident, m => m.Code ?? m.Libelle ?? m.Ident);

        var structures = e.Classes.Select(c => new TimetableStructure(classes[c.Ident], TimetableStructureKind.Classe, []))
            .Concat(e.Groupes.Select(g => new TimetableStructure(groupes[g.Ident], TimetableStructureKind.Groupe,
                g.Classes.Select(id => classes.GetValueOrDefault(id, id)).ToList())))
            .Concat(e.PartiesDeClasse.Select(p => new TimetableStructure(parties[p.Ident], TimetableStructureKind.PartieDeClasse,
                [classes.GetValueOrDefault(p.ClasseIdent, p.ClasseIdent)])))
            .ToList();

        // Newer exports list a group's pupils inside the group; older ones only inside the pupil, or (2013 format) through
        // the parties de classe the group is made of.
        var groupsOfPupil = new Dictionary<string, List<(string Nom, EdtInscription Inscription)>>();
        var groupsOfPartie = new Dictionary<string, List<string>>();
        foreach (var g in e.Groupes)
        {
            foreach (var member in g.Eleves)
            {
                if (!groupsOfPupil.TryGetValue(member.Ident, out var list)) groupsOfPupil[member.Ident] = list = [];
                list.Add((groupes[g.Ident], member));
            }

            foreach (var partie in g.PartiesDeClasse)
            {
                if (!groupsOfPartie.TryGetValue(partie, out var list)) groupsOfPartie[partie] = list = [];
                list.Add(groupes[g.Ident]);
            }
        }

        var lists = new SharedNameLists();
        var eleves = e.Eleves.Select(p =>
        {
            var groupSide = groupsOfPupil.GetValueOrDefault(p.Ident) ?? [];
            return new TimetableEleve(p.Ident, p.NumeroNational, p.IdSconet, p.Nom, p.Prenom, p.DateNaissance)
            {
                // A pupil who changed class keeps the old membership, closed: the current class is the one that ends last.
                Classe = p.Classes.OrderByDescending(c => c.DateSortie ?? DateOnly.MaxValue)
                    .Select(c => classes.GetValueOrDefault(c.Ident)).FirstOrDefault(n => n is not null),
                Groupes = lists.Of(p.Groupes.Select(g => groupes.GetValueOrDefault(g.Ident, g.Ident))
                    .Concat(groupSide.Select(x => x.Nom))
                    .Concat(p.PartiesDeClasse.SelectMany(x => groupsOfPartie.GetValueOrDefault(x.Ident) ?? [])).Distinct()),
                Parties = lists.Of(p.PartiesDeClasse.Select(x => parties.GetValueOrDefault(x.Ident, x.Ident))),
                DateSortie = LastDay(p.Classes.Concat(p.Groupes).Concat(p.PartiesDeClasse).Concat(groupSide.Select(x => x.Inscription))),
            };
        }).ToList();

        var cours = e.Cours.Select(c => new TimetableCours(
            c.Matiere is { } m ? matieres.GetValueOrDefault(m, m) : "",
            lists.Of(c.Professeurs.Select(p => p.Ident)),
            lists.Of(c.Classes.Select(x => classes.GetValueOrDefault(x.Ident, x.Ident))
                .Concat(c.Groupes.Select(x => groupes.GetValueOrDefault(x.Ident, x.Ident)))
                .Concat(c.PartiesDeClasse.Select(x => parties.GetValueOrDefault(x.Ident, x.Ident)))))
        {
            Jour = c.Jour,
        }).ToList();

        return new TimetableView(ExportKind.EdtClair, file)
        {
            Enseignants = e.Professeurs.Select(p => new TimetableEnseignant(p.Ident, p.IdSts, p.Nom, p.Prenom, p.DateNaissance)).ToList(),
            Structures = structures,
            Eleves = eleves,
            Cours = cours,
            HasEleves = e.Eleves.Count > 0,
        };
    }

    /// <summary>The latest end of a pupil's memberships; null when one is open-ended or there is none.</summary>
    private static DateOnly? LastDay(IEnumerable<EdtInscription> memberships)
    {
        DateOnly? last = null;
        foreach (var m in memberships)
        {
            if (m.DateSortie is not { } end) return null;
            if (last is null || end > last) last = end;
        }

        return last;
    }

    /// <summary>
    /// Idents should be unique, but a hand-edited or buggy export may repeat one: the first wins rather than the whole
    /// snapshot failing, and the checks still run on the rest.
    /// </summary>
    private static Dictionary<string, string> ByIdent<T>(IEnumerable<T> items, Func<T, string> ident, Func<T, string> name)
    {
        var result = new Dictionary<string, string>();
        foreach (var item in items) result.TryAdd(ident(item), name(item));
        return result;
    }

    /// <summary>Parties de classe have no name of their own in the export: they are named after their class.</summary>
    private static string PartieName(EdtPartieDeClasse p, Dictionary<string, string> classes) =>
        $"{classes.GetValueOrDefault(p.ClasseIdent, p.ClasseIdent)} (partie {p.Ident})";
}

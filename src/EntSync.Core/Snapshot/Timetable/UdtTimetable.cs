using EntSync.Core.Model;
using EntSync.Core.Model.Udt;

namespace EntSync.Core.Snapshot.Timetable;

/// <summary>
/// The timetable view of a UDT export. Structures are named by their STS code when UDT carries it (code_sts), since
/// that is what STS-Web and SIECLE know; a group's UDT code is only unique within its division.
/// </summary>
internal static class UdtTimetable
{
    public static TimetableView From(UdtExport e, string file)
    {
        var divisions = new Dictionary<string, string>();
        foreach (var d in e.Divisions)
        {
            if (d.Code is { } code) divisions.TryAdd(code, d.CodeSts ?? code);
        }

        var groupes = new Dictionary<(string?, string), string>();
        foreach (var g in e.Groupes)
        {
            if (g.Code is { } code) groupes.TryAdd((g.CodeDiv, code), g.CodeSts ?? g.Nom ?? code);
        }

        string Division(string? code) => code is null ? "" : divisions.GetValueOrDefault(code, code);
        string Groupe(string? div, string code) => groupes.GetValueOrDefault((div, code)) ?? groupes.FirstOrDefault(kv => kv.Key.Item2 == code).Value ?? code;

        var structures = e.Divisions.Where(d => d.Code is not null)
            .Select(d => new TimetableStructure(Division(d.Code), TimetableStructureKind.Classe, []))
            .Concat(e.Groupes.Where(g => g.Code is not null)
                .Select(g => new TimetableStructure(Groupe(g.CodeDiv, g.Code!), TimetableStructureKind.Groupe, g.CodeDiv is null ? [] : [Division(g.CodeDiv)])))
            .ToList();

        var classOf = new Dictionary<string, string>();
        var groupsOf = new Dictionary<string, List<string>>();
        foreach (var link in e.ElevesGroupes)
        {
            if (link.Ele is not { } ele) continue;
            if (link.Gpe is { } gpe)
            {
                if (!groupsOf.TryGetValue(ele, out var list)) groupsOf[ele] = list = [];
                list.Add(Groupe(link.CodeDiv, gpe));
            }
            else if (link.CodeDiv is { } div)
            {
                classOf.TryAdd(ele, Division(div));
            }
        }

        var eleves = e.Eleves.Where(p => p.Code is not null).Select(p => new TimetableEleve(p.Code!, null, null, p.Nom, p.Prenom, p.Naissance)
        {
            Classe = classOf.GetValueOrDefault(p.Code!),
            Groupes = groupsOf.GetValueOrDefault(p.Code!) ?? [],
        }).ToList();

        var cours = e.Cours.Select(c => new TimetableCours(
            c.Mat ?? "",
            c.Prof is { } prof ? [prof] : [],
            [c.Gpe is { } gpe ? Groupe(c.Div, gpe) : Division(c.Div)])
        {
            Jour = c.Jour,
        }).ToList();

        return new TimetableView(ExportKind.Udt, file)
        {
            Enseignants = e.Professeurs.Where(p => p.Code is not null)
                .Select(p => new TimetableEnseignant(p.Code!, p.Epj, p.Nom, p.Prenom, p.DateNaissance)).ToList(),
            Structures = structures,
            Eleves = eleves,
            Cours = cours,
            HasEleves = e.Eleves.Count > 0,
        };
    }
}

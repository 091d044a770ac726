using EntSync.Core.Model;
using EntSync.Core.Model.Sts;

namespace EntSync.Core.Snapshot.Timetable;

/// <summary>The timetable view of an emp_sts file (the timetable's upload to STS-Web): STS codes and ids, no pupils.</summary>
internal static class EdtStsTimetable
{
    public static TimetableView From(EdtStsExport e, string file)
    {
        var structures = e.Divisions.Select(d => new TimetableStructure(d.Code, TimetableStructureKind.Classe, []))
            .Concat(e.Groupes.Select(g => new TimetableStructure(g.Code, TimetableStructureKind.Groupe, g.Divisions)))
            .ToList();
        var enseignants = e.Services.SelectMany(s => s.Enseignants).Distinct()
            .Select(id => new TimetableEnseignant(id, id, null, null, null)).ToList();
        var cours = e.Cours.Select(c => new TimetableCours(c.CodeMatiere, c.EnseignantId is { } id ? [id] : [], [c.StructureCode])
        {
            Jour = c.Jour,
            Debut = c.HeureDebut,
        }).ToList();

        return new TimetableView(ExportKind.EdtSts, file) { Enseignants = enseignants, Structures = structures, Cours = cours };
    }
}

using EntSync.Core.Model;
using EntSync.Core.Model.Edt;

namespace EntSync.Core.Snapshot.Timetable;

/// <summary>
/// The timetable view of EDT's text export of courses: no pupils and no ids, teachers known by name only, and a CLASSE
/// column that holds classes and groups alike.
/// </summary>
internal static class EdtTexteTimetable
{
    public static TimetableView From(EdtTexteExport e, string file)
    {
        static string TeacherKey(EdtTexteCours c) => $"{c.ProfNom}|{c.ProfPrenom}";

        var enseignants = e.Cours.Where(c => c.ProfNom is not null).GroupBy(TeacherKey)
            .Select(g => new TimetableEnseignant(g.Key, null, g.First().ProfNom, g.First().ProfPrenom, null)).ToList();
        var structures = e.Cours.Where(c => c.Classe is not null).Select(c => c.Classe!).Distinct()
            .Select(n => new TimetableStructure(n, TimetableStructureKind.Indetermine, [])).ToList();
        var cours = e.Cours.Select(c => new TimetableCours(
            c.MatCode ?? c.MatLibelle ?? "",
            c.ProfNom is null ? [] : [TeacherKey(c)],
            c.Classe is null ? [] : [c.Classe])
        {
            Jour = c.JourNumero,
            Debut = c.HeureDebut,
        }).ToList();

        return new TimetableView(ExportKind.EdtTexte, file) { Enseignants = enseignants, Structures = structures, Cours = cours };
    }
}

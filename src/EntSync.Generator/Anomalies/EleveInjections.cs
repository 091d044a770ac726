using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>
/// Anomalies about pupils between SIECLE and the timetable software, and in the élève-groupe file it sends to SIECLE.
/// The timetable side of a pupil is expressed with <see cref="GenEleve.Edt"/> and <see cref="GenEleve.DansSiecle"/>.
/// </summary>
internal static class EleveInjections
{
    public static IReadOnlyList<AnomalyInjection> All { get; } =
    [
        new("EDT-ELEVE-INCONNU-SIECLE", "un élève créé à la main dans l'emploi du temps, inconnu de SIECLE", TimetableOnlyPupil),
        new("EDT-ELEVE-ABSENT", "un élève inscrit dans SIECLE mais jamais importé dans l'emploi du temps", PupilMissingFromTimetable),
        new("EDT-ELEVE-SORTI", "un élève sorti selon SIECLE, encore dans sa classe et ses groupes de l'emploi du temps", LeaverStillInTimetable),
        new("EDT-ELEVE-CLASSE-DIFFERENTE", "un élève placé dans une autre classe dans l'emploi du temps que dans SIECLE", PupilInAnotherClass),
        new("ELEGROUPE-ELEVE-INCONNU", "un élève du fichier élève-groupe inconnu de SIECLE (créé à la main dans l'emploi du temps)", UnknownPupilInEleveGroupe),
        new("ELEGROUPE-GROUPE-INCONNU", "un groupe créé dans l'emploi du temps sans passer par STS-Web, dans le fichier élève-groupe", UnknownGroupInEleveGroupe),
        new("ELEGROUPE-ELEVE-SANS-MEF", "un élève sans MEF dans SIECLE mais dans un groupe du fichier élève-groupe", PupilWithoutMef),
        new("ELEGROUPE-NOM-FICHIER", "un fichier élève-groupe renommé à la main", RenamedEleveGroupeFile),
    ];

    private static InjectionResult TimetableOnlyPupil(GeneratedSchool s, Random random) =>
        new(s with { Eleves = [.. s.Eleves, HandMadePupil(s, "AJOUT-MANUEL", "Noé", groupe: false)] });

    private static InjectionResult UnknownPupilInEleveGroupe(GeneratedSchool s, Random random) =>
        new(s with { Eleves = [.. s.Eleves, HandMadePupil(s, "SAISIE-EDT", "Maëlle", groupe: true)] });

    private static InjectionResult PupilMissingFromTimetable(GeneratedSchool s, Random random) =>
        new(Edit(s, s.Eleves.Count - 1, e => e with { Edt = EdtOf(e) with { Absent = true } }));

    private static InjectionResult LeaverStillInTimetable(GeneratedSchool s, Random random)
    {
        var left = DateOnly.FromDateTime(s.ExportTime).AddDays(-14);
        return new(Edit(s, s.Eleves.Count - 2, e => e with { DateSortie = left, Edt = EdtOf(e) with { SortieIgnoree = true } }));
    }

    private static InjectionResult PupilInAnotherClass(GeneratedSchool s, Random random)
    {
        var index = FirstOf(s, s.Divisions[0].Code);
        return new(Edit(s, index, e => e with { Edt = EdtOf(e) with { Division = s.Divisions[1].Code } }));
    }

    private static InjectionResult UnknownGroupInEleveGroupe(GeneratedSchool s, Random random)
    {
        // A Latin group built in the timetable software and never sent to STS-Web, so SIECLE does not have it.
        var division = s.Divisions[0].Code;
        var latin = division + "LAT";
        var eleves = s.Eleves.ToList();
        foreach (var i in Enumerable.Range(0, eleves.Count).Where(i => eleves[i].Division == division).Take(3))
        {
            eleves[i] = eleves[i] with { Edt = EdtOf(eleves[i]) with { Groupes = [.. eleves[i].GroupesEdt, latin] } };
        }

        return new(s with { Eleves = eleves });
    }

    private static InjectionResult PupilWithoutMef(GeneratedSchool s, Random random) =>
        new(Edit(s, 1, e => e with { CodeMef = null }));

    private static InjectionResult RenamedEleveGroupeFile(GeneratedSchool s, Random random) =>
        new(s with { NomFichierEleveGroupe = "liens_eleves_groupes" });

    /// <summary>A pupil typed into the timetable software by hand: no SIECLE record, no SIECLE ids, in the first class.</summary>
    private static GenEleve HandMadePupil(GeneratedSchool s, string nom, string prenom, bool groupe)
    {
        var division = s.Divisions[0];
        return new GenEleve
        {
            EleveId = s.Eleves.Max(e => e.EleveId) + 1,
            Elenoet = "99999",
            NomDeFamille = nom,
            Prenom = prenom,
            DateNaiss = new DateOnly(s.SchoolYear - 5 - division.Niveau, 5, 17),
            CodeSexe = "2",
            CodeMef = division.CodeMef,
            Division = division.Code,
            Groupes = groupe ? [s.Groupes.First(g => g.Divisions.Contains(division.Code)).Code] : [],
            DateEntree = s.DebutAnnee,
            Numero = s.Eleves.Max(e => e.Numero) + 1,
            DansSiecle = false,
        };
    }

    /// <summary>Injections combine: each one adds to what the timetable already got wrong about the pupil.</summary>
    private static GenEleveEdt EdtOf(GenEleve e) => e.Edt ?? new GenEleveEdt();

    private static int FirstOf(GeneratedSchool s, string division) => s.Eleves.ToList().FindIndex(e => e.Division == division);

    private static GeneratedSchool Edit(GeneratedSchool s, int index, Func<GenEleve, GenEleve> edit)
    {
        var eleves = s.Eleves.ToList();
        eleves[index] = edit(eleves[index]);
        return s with { Eleves = eleves };
    }
}

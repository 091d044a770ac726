using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Model.Sts;
using EntSync.Core.Snapshot;
using EntSync.Core.Tests.Support;

namespace EntSync.Core.Tests.Rules.Edt;

/// <summary>
/// Hand-made EDT clear exports and sts_emp files for the timetable rule tests: name things, the idents are made up.
/// Courses name their subject, teachers (by ident) and structures (class, group or partie names).
/// </summary>
internal sealed class TimetableFixture
{
    private readonly List<EdtClasse> _classes = [];
    private readonly List<EdtGroupe> _groupes = [];
    private readonly List<EdtPartieDeClasse> _parties = [];
    private readonly List<EdtProfesseur> _profs = [];
    private readonly List<EdtEleve> _eleves = [];
    private readonly List<EdtCours> _cours = [];
    private readonly Dictionary<string, string> _identOf = new(StringComparer.Ordinal);

    public TimetableFixture Classe(string nom, params string[] parties)
    {
        var ident = Ident("C", nom);
        var partieIdents = parties.Select(p => Ident("P", p)).ToList();
        _classes.Add(new EdtClasse(ident, nom, partieIdents));
        _parties.AddRange(partieIdents.Select(p => new EdtPartieDeClasse(p, ident)));
        return this;
    }

    public TimetableFixture Groupe(string nom, string classe, params string[] parties)
    {
        _groupes.Add(new EdtGroupe { Ident = Ident("G", nom), Nom = nom, Classes = [_identOf["C" + classe]], PartiesDeClasse = parties.Select(p => _identOf["P" + p]).ToList() });
        return this;
    }

    public TimetableFixture Prof(string ident, string nom, string prenom, DateOnly? naissance = null, string? idSts = null)
    {
        _profs.Add(new EdtProfesseur { Ident = ident, Nom = nom, Prenom = prenom, DateNaissance = naissance, IdSts = idSts });
        return this;
    }

    /// <summary>A pupil in a class, with direct group memberships and parties.</summary>
    public TimetableFixture Eleve(int id, string classe, string[]? groupes = null, string[]? parties = null)
    {
        _eleves.Add(new EdtEleve
        {
            Ident = $"E{id}", Nom = $"ELEVE{id}", Prenom = "Léa", DateNaissance = new DateOnly(2013, 3, 12), IdSconet = $"{1000000 + id}",
            Classes = [new EdtInscription(_identOf["C" + classe], null, null)],
            Groupes = (groupes ?? []).Select(g => new EdtInscription(_identOf["G" + g], null, null)).ToList(),
            PartiesDeClasse = (parties ?? []).Select(p => new EdtInscription(_identOf["P" + p], null, null)).ToList(),
        });
        return this;
    }

    public TimetableFixture Cours(string matiere, string[] profs, string[] structures, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _cours.Add(new EdtCours
            {
                Jour = 1 + _cours.Count % 5,
                Matiere = matiere,
                Professeurs = profs.Select(p => new EdtCoursRef(p, EdtCoursRef.ToutesLesSemaines)).ToList(),
                Classes = Refs(structures, "C"),
                Groupes = Refs(structures, "G"),
                PartiesDeClasse = Refs(structures, "P"),
            });
        }

        return this;
    }

    public EdtClairExport Build() => new()
    {
        Matieres = _cours.Select(c => c.Matiere!).Distinct().Select(m => new EdtMatiere(m, m, m)).ToList(),
        Professeurs = _profs,
        Classes = _classes,
        PartiesDeClasse = _parties,
        Groupes = _groupes,
        Eleves = _eleves,
        Cours = _cours,
        Counts = new ExportCounts { Eleves = _eleves.Count, Cours = _cours.Count },
    };

    public static Individu Individu(string id, string nom, string prenom, DateOnly? naissance = null) =>
        new() { Id = id, NomUsage = nom, NomPatronymique = nom, Prenom = prenom, DateNaissance = naissance, Fonction = "ENS" };

    public static StsService Service(string structure, string matiere, params string[] enseignants) =>
        new() { StructureCode = structure, SurGroupe = false, CodeMatiere = matiere, Enseignants = enseignants };

    public static StsEmpExport Sts(IEnumerable<Individu> individus, IEnumerable<string> divisions, IEnumerable<string>? groupes = null, IEnumerable<StsService>? services = null) => new()
    {
        Individus = individus.ToList(),
        Divisions = divisions.Select(d => new StsDivision { Code = d }).ToList(),
        Groupes = (groupes ?? []).Select(g => new StsGroupe { Code = g }).ToList(),
        Services = (services ?? []).ToList(),
    };

    public static SchoolSnapshot Snapshot(EdtClairExport edt, StsEmpExport? sts = null, DateTime? date = null)
    {
        var builder = new SnapshotBuilder().With(ExportKind.EdtClair, edt, date, "Edt_To_Partenaire_0769990A_Enclair.xml");
        if (sts is not null) builder.With(ExportKind.StsEmp, sts, date, "sts_emp_0769990A_2026.xml");
        return builder.Build();
    }

    private List<EdtCoursRef> Refs(string[] structures, string prefix) =>
        structures.Where(s => _identOf.ContainsKey(prefix + s)).Select(s => new EdtCoursRef(_identOf[prefix + s], EdtCoursRef.ToutesLesSemaines)).ToList();

    private string Ident(string prefix, string nom)
    {
        var ident = $"{prefix}{_identOf.Count + 1}";
        _identOf[prefix + nom] = ident;
        return ident;
    }
}

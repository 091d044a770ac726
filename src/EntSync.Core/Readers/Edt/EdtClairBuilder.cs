using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Readers;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Edt;

/// <summary>Collects the records of a clear EDT export as they stream by, then links direct group memberships.</summary>
internal sealed class EdtClairBuilder
{
    private readonly string? _version;
    private readonly string? _uai;
    private readonly EdtWarnings _warnings = new();
    private readonly EdtClairRecords _records;
    private readonly List<EdtMatiere> _matieres = [];
    private readonly List<EdtProfesseur> _professeurs = [];
    private readonly List<EdtClasse> _classes = [];
    private readonly List<EdtPartieDeClasse> _parties = [];
    private readonly List<EdtGroupe> _groupes = [];
    private readonly List<EdtSalle> _salles = [];
    private readonly List<EdtEleve> _eleves = [];
    private readonly List<EdtCours> _cours = [];
    private EdtGrille _grille = new();
    private int _responsables;
    private bool _directMemberships;

    public EdtClairBuilder(string? version, string? uai)
    {
        _version = version;
        _uai = uai;
        _records = new EdtClairRecords(_warnings);
    }

    private EdtClairRecords Records => _records;

    public void AnneeScolaire(LightElement e) => _grille = _grille with
    {
        DateDebut = Records.Date(e, "DateDebut"),
        DateFin = Records.Date(e, "DateFin"),
        DatePremierJourSemaine1 = Records.Date(e, "DatePremierJourSemaine1"),
    };

    public void GrilleHoraire(LightElement e) => _grille = EdtClairRecords.Grille(e, _grille);

    public void Add(string container, LightElement e)
    {
        switch (container, e.Name)
        {
            case ("Matieres", "Matiere"): _matieres.Add(new EdtMatiere(Ident(e), e.Attr("Code"), e.Attr("Libelle"))); break;
            case ("Professeurs", "Professeur"): _professeurs.Add(Records.Professeur(e, Ident(e))); break;
            case ("Classes", "Classe"):
                var classe = EdtClairRecords.Classe(e, Ident(e));
                _classes.Add(classe);
                foreach (var p in classe.PartiesDeClasse) _parties.Add(new EdtPartieDeClasse(p, classe.Ident));
                break;
            case ("Groupes", "Groupe"):
                var groupe = Records.Groupe(e, Ident(e));
                _directMemberships |= groupe.Eleves.Count > 0;
                _groupes.Add(groupe);
                break;
            case ("Salles", "Salle"): _salles.Add(new EdtSalle(Ident(e), e.Attr("Nom"))); break;
            case ("Eleves", "Eleve"):
                var eleve = Records.Eleve(e, Ident(e));
                _responsables += eleve.Responsables.Count;
                _directMemberships |= eleve.Groupes.Count > 0;
                _eleves.Add(eleve);
                break;
            case ("Cours", "Cours"): _cours.Add(Records.Cours(e)); break;
        }
    }

    public (EdtClairExport Export, IReadOnlyList<ReadWarning> Warnings) Build()
    {
        var liens = _directMemberships ? LinkDirectMemberships() : (int?)null;
        var export = new EdtClairExport
        {
            Version = _version,
            Uai = _uai,
            Grille = _grille,
            Matieres = _matieres,
            Professeurs = _professeurs,
            Classes = _classes,
            PartiesDeClasse = _parties,
            Groupes = _groupes,
            Salles = _salles,
            Eleves = _eleves,
            Cours = _cours,
            Counts = new ExportCounts
            {
                Eleves = _eleves.Count,
                Responsables = _responsables,
                Enseignants = _professeurs.Count,
                Divisions = _classes.Count,
                Groupes = _groupes.Count,
                Matieres = _matieres.Count,
                Salles = _salles.Count,
                Cours = _cours.Count,
                Liens = liens,
            },
        };
        return (export, _warnings.ToList());
    }

    /// <summary>
    /// Newer exports may list a group's pupils inside the Groupe, the pupil's own groups inside the Eleve, or both:
    /// each pupil ends up with the union, and the count is of distinct pupil–group pairs.
    /// </summary>
    private int LinkDirectMemberships()
    {
        var byEleve = new Dictionary<string, List<EdtInscription>>(StringComparer.Ordinal);
        foreach (var g in _groupes)
        {
            foreach (var m in g.Eleves)
            {
                if (!byEleve.TryGetValue(m.Ident, out var list)) byEleve[m.Ident] = list = [];
                list.Add(new EdtInscription(g.Ident, m.DateEntree, m.DateSortie));
            }
        }

        var pairs = 0;
        for (var i = 0; i < _eleves.Count; i++)
        {
            var eleve = _eleves[i];
            if (!byEleve.Remove(eleve.Ident, out var fromGroups))
            {
                pairs += eleve.Groupes.Count;
                continue;
            }

            var merged = new List<EdtInscription>(eleve.Groupes);
            foreach (var m in fromGroups)
            {
                if (!merged.Exists(x => x.Ident == m.Ident)) merged.Add(m);
            }

            _eleves[i] = eleve with { Groupes = merged };
            pairs += merged.Count;
        }

        // Members listed in a group but absent from Eleves still are memberships the file states.
        foreach (var rest in byEleve.Values) pairs += rest.Count;
        return pairs;
    }

    private string Ident(LightElement e) => e.Attr("Ident") ?? "";
}

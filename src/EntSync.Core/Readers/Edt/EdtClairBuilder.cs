using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Edt;

/// <summary>
/// Collects the records of a clear EDT export as they stream by. Newer exports may state group memberships inside the
/// Groupe (Eleve children), inside the Eleve (Groupe children), or both: each pupil ends up with the union. Groups come
/// before pupils in real files, so memberships are usually merged as each pupil is read; the rest is linked at the end.
/// </summary>
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
    private readonly Dictionary<string, List<EdtInscription>> _pendingMembers = new(StringComparer.Ordinal);
    private EdtGrille _grille = new();
    private int _responsables;
    private int _liens;
    private bool _directMemberships;

    public EdtClairBuilder(string? version, string? uai)
    {
        _version = version;
        _uai = uai;
        _records = new EdtClairRecords(_warnings);
    }

    public void AnneeScolaire(LightElement e) => _grille = _grille with
    {
        DateDebut = _records.Date(e, "DateDebut"),
        DateFin = _records.Date(e, "DateFin"),
        DatePremierJourSemaine1 = _records.Date(e, "DatePremierJourSemaine1"),
    };

    public void GrilleHoraire(LightElement e) => _grille = EdtGrilleRecord.Read(e, _grille);

    public void Add(string container, LightElement e)
    {
        switch (container, e.Name)
        {
            case ("Matieres", "Matiere"): _matieres.Add(new EdtMatiere(Ident(e), e.Attr("Code"), e.Attr("Libelle"))); break;
            case ("Professeurs", "Professeur"): _professeurs.Add(_records.Professeur(e, Ident(e))); break;
            case ("Classes", "Classe"):
                var classe = _records.Classe(e, Ident(e));
                _classes.Add(classe);
                foreach (var p in classe.PartiesDeClasse) _parties.Add(new EdtPartieDeClasse(p, classe.Ident));
                break;
            case ("Groupes", "Groupe"): AddGroupe(_records.Groupe(e, Ident(e))); break;
            case ("Salles", "Salle"): _salles.Add(new EdtSalle(Ident(e), e.Attr("Nom"))); break;
            case ("Eleves", "Eleve"):
                var ident = Ident(e);
                _pendingMembers.Remove(ident, out var fromGroups);
                var eleve = _records.Eleve(e, ident, fromGroups);
                _responsables += eleve.Responsables.Count;
                _liens += eleve.Groupes.Count;
                _directMemberships |= eleve.Groupes.Count > 0;
                _eleves.Add(eleve);
                break;
            case ("Cours", "Cours"): _cours.Add(_records.Cours(e)); break;
        }
    }

    public (EdtClairExport Export, IReadOnlyList<Readers.ReadWarning> Warnings) Build()
    {
        if (_pendingMembers.Count > 0) LinkLateMemberships();
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
                Liens = _directMemberships ? _liens : null,
            },
        };
        return (export, _warnings.ToList());
    }

    private void AddGroupe(EdtGroupe groupe)
    {
        _groupes.Add(groupe);
        foreach (var m in groupe.Eleves)
        {
            _directMemberships = true;
            if (!_pendingMembers.TryGetValue(m.Ident, out var list)) _pendingMembers[m.Ident] = list = [];
            list.Add(new EdtInscription(groupe.Ident, m.DateEntree, m.DateSortie));
        }
    }

    /// <summary>Groups listed after the pupils (or naming pupils absent from Eleves, which still are stated links).</summary>
    private void LinkLateMemberships()
    {
        var index = new Dictionary<string, int>(_eleves.Count, StringComparer.Ordinal);
        for (var i = 0; i < _eleves.Count; i++) index.TryAdd(_eleves[i].Ident, i);
        foreach (var (ident, members) in _pendingMembers)
        {
            if (!index.TryGetValue(ident, out var i))
            {
                _liens += members.Count;
                continue;
            }

            var eleve = _eleves[i];
            var merged = new List<EdtInscription>(eleve.Groupes);
            foreach (var m in members)
            {
                if (!merged.Exists(x => x.Ident == m.Ident)) merged.Add(m);
            }

            _liens += merged.Count - eleve.Groupes.Count;
            _eleves[i] = eleve with { Groupes = [.. merged] };
        }

        _pendingMembers.Clear();
    }

    private static string Ident(LightElement e) => e.Attr("Ident") ?? "";
}

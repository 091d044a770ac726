using EntSync.Core.Model.Edt;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Edt;

/// <summary>
/// Turns one element of the clear export into its record. Attribute names are matched without case (IDPN / IdPN);
/// an empty attribute is an absent one; an unreadable date or week mask is kept as absent with a warning. Lists are
/// exact-size arrays and repeated values are pooled: a lycée export keeps hundreds of thousands of these.
/// </summary>
internal sealed class EdtClairRecords(EdtWarnings warnings)
{
    private readonly StringPool _pool = new();

    public EdtProfesseur Professeur(LightElement e, string ident) => new()
    {
        Ident = ident,
        Nom = e.Attr("Nom"),
        Prenom = e.Attr("Prenom"),
        DateNaissance = Date(e, "DateNaissance"),
        IdSts = e.Attr("IDSTS"),
        IdPn = e.Attr("IDPN"),
        IdCas = e.Attr("IDCAS"),
    };

    public EdtClasse Classe(LightElement e, string ident) => new(ident, e.Attr("Nom"), Idents(e, "PartieDeClasse"));

    public EdtGroupe Groupe(LightElement e, string ident) => new()
    {
        Ident = ident,
        Nom = e.Attr("Nom"),
        Classes = Idents(e, "Classe"),
        PartiesDeClasse = Idents(e, "PartieDeClasse"),
        Eleves = Inscriptions(e, "Eleve", pooled: false),
    };

    /// <param name="groupes">Memberships already read from the Groupe side, merged with the pupil's own.</param>
    public EdtEleve Eleve(LightElement e, string ident, List<EdtInscription>? groupes)
    {
        var count = Count(e, "Responsable");
        var responsables = count == 0 ? [] : new EdtResponsable[count];
        var i = 0;
        foreach (var r in e.ChildrenNamed("Responsable")) responsables[i++] = Responsable(r);
        return new EdtEleve
        {
            Ident = ident,
            Nom = _pool.Get(e.Attr("Nom")),
            Prenom = _pool.Get(e.Attr("Prenom")),
            DateNaissance = Date(e, "DateNaissance"),
            Sexe = _pool.Get(e.Attr("Sexe")),
            CodePostal = _pool.Get(e.Attr("CodePostal")),
            NumeroNational = e.Attr("NumeroNational"),
            IdSconet = e.Attr("IDSconet"),
            IdEtablissement = e.Attr("IDEtablissement"),
            IdPn = e.Attr("IDPN"),
            IdCas = e.Attr("IDCAS"),
            Responsables = responsables,
            Classes = Inscriptions(e, "Classe", pooled: true),
            PartiesDeClasse = Inscriptions(e, "PartieDeClasse", pooled: true),
            Groupes = Merge(Inscriptions(e, "Groupe", pooled: true), groupes),
        };
    }

    public EdtCours Cours(LightElement e)
    {
        string? matiere = null;
        int professeurs = 0, classes = 0, parties = 0, groupes = 0, salles = 0;
        foreach (var c in e.Children)
        {
            switch (c.Name)
            {
                case "Matiere": matiere ??= _pool.Get(c.Attr("Ident")); break;
                case "Professeur": professeurs++; break;
                case "Classe": classes++; break;
                case "PartieDeClasse": parties++; break;
                case "Groupe": groupes++; break;
                case "Salle": salles++; break;
            }
        }

        return new EdtCours
        {
            Jour = EdtValues.Int(e.Attr("Jour")),
            NumeroPlaceDebut = EdtValues.Int(e.Attr("NumeroPlaceDebut")),
            NombrePlaces = EdtValues.Int(e.Attr("NombrePlaces")),
            Matiere = matiere,
            Professeurs = Refs(e, "Professeur", professeurs),
            Classes = Refs(e, "Classe", classes),
            PartiesDeClasse = Refs(e, "PartieDeClasse", parties),
            Groupes = Refs(e, "Groupe", groupes),
            Salles = Refs(e, "Salle", salles),
            Line = e.Line,
        };
    }

    public DateOnly? Date(LightElement e, string attribute)
    {
        var text = e.Attr(attribute);
        var date = EdtValues.Date(text, out var unreadable);
        if (unreadable)
        {
            warnings.Add("DATE-ILLISIBLE", $"{e.Name} : la date {attribute} « {text} » n'est pas lisible, elle est ignorée.", e.Line);
        }

        return date;
    }

    private EdtResponsable Responsable(LightElement r)
    {
        return new EdtResponsable
        {
            Ident = r.Attr("Ident") ?? "",
            RespLegal = EdtValues.Int(r.Attr("RespLegal")),
            Nom = _pool.Get(r.Attr("Nom")),
            Prenom = _pool.Get(r.Attr("Prenom")),
            Civilite = _pool.Get(r.Attr("Civilite")),
            Adresse1 = r.Attr("Adresse1"),
            Adresse2 = r.Attr("Adresse2"),
            Adresse3 = r.Attr("Adresse3"),
            Adresse4 = r.Attr("Adresse4"),
            CodePostal = _pool.Get(r.Attr("CodePostal")),
            Ville = _pool.Get(r.Attr("Ville")),
            IdPn = r.Attr("IDPN"),
            IdCas = r.Attr("IDCAS"),
        };
    }

    private EdtCoursRef[] Refs(LightElement e, string name, int count)
    {
        if (count == 0) return [];
        var refs = new EdtCoursRef[count];
        var i = 0;
        foreach (var c in e.ChildrenNamed(name))
        {
            // ODE also reads SemainesInclusion where Semaines is absent (newer exports).
            var text = c.Attr("Semaines") ?? c.Attr("SemainesInclusion");
            var mask = EdtValues.Semaines(text);
            if (mask is null)
            {
                warnings.Add("SEMAINES-ILLISIBLES",
                    $"Cours, {c.Name} {c.Attr("Ident")} : le masque de semaines « {text} » n'est pas lisible, toutes les semaines sont retenues.", c.Line);
            }

            refs[i++] = new EdtCoursRef(_pool.Get(c.Attr("Ident")) ?? "", mask ?? EdtCoursRef.ToutesLesSemaines);
        }

        return refs;
    }

    private EdtInscription[] Inscriptions(LightElement e, string name, bool pooled)
    {
        var count = Count(e, name);
        if (count == 0) return [];
        var list = new List<EdtInscription>(count);
        foreach (var c in e.ChildrenNamed(name))
        {
            if (c.Attr("Ident") is not { } ident) continue;
            list.Add(new EdtInscription(pooled ? _pool.Get(ident)! : ident, Date(c, "DateEntree"), Date(c, "DateSortie")));
        }

        return [.. list];
    }

    private static EdtInscription[] Merge(EdtInscription[] own, List<EdtInscription>? others)
    {
        if (others is null) return own;
        var merged = new List<EdtInscription>(own);
        foreach (var m in others)
        {
            if (!merged.Exists(x => x.Ident == m.Ident)) merged.Add(m);
        }

        return [.. merged];
    }

    private string[] Idents(LightElement e, string name)
    {
        var count = Count(e, name);
        if (count == 0) return [];
        var list = new List<string>(count);
        foreach (var c in e.ChildrenNamed(name))
        {
            if (_pool.Get(c.Attr("Ident")) is { } ident) list.Add(ident);
        }

        return [.. list];
    }

    private static int Count(LightElement e, string name)
    {
        var n = 0;
        foreach (var c in e.Children)
        {
            if (c.Name == name) n++;
        }

        return n;
    }
}

using EntSync.Core.Model.Edt;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Edt;

/// <summary>
/// Turns one element of the clear export into its record. Attribute names are matched without case (IDPN / IdPN);
/// an empty attribute is an absent one; an unreadable date or week mask is kept as absent with a warning.
/// </summary>
internal sealed class EdtClairRecords(EdtWarnings warnings)
{
    public static EdtGrille Grille(LightElement e, EdtGrille grille)
    {
        var jours = new List<int>();
        var places = new List<EdtPlace>();
        foreach (var c in e.Children)
        {
            switch (c.Name)
            {
                case "JoursOuvres":
                    foreach (var j in c.ChildrenNamed("Jour"))
                    {
                        if (EdtValues.Int(j.Text.Trim()) is { } n) jours.Add(n);
                    }

                    break;
                case "PlacesParJour":
                    foreach (var p in c.ChildrenNamed("Place"))
                    {
                        if (EdtValues.Int(p.Attr("Numero")) is not { } numero) continue;
                        places.Add(new EdtPlace(numero, EdtValues.Time(p.Attr("LibelleHeureDebut")), EdtValues.Time(p.Attr("LibelleHeureFin"))));
                    }

                    break;
            }
        }

        return grille with
        {
            NombrePlacesParJour = EdtValues.Int(e.Attr("NombrePlacesParJour")),
            DureePlace = EdtValues.Int(e.Attr("DureePlace")),
            JoursOuvres = jours,
            Places = places,
        };
    }

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

    public static EdtClasse Classe(LightElement e, string ident) => new(ident, e.Attr("Nom"), Idents(e, "PartieDeClasse"));

    public EdtGroupe Groupe(LightElement e, string ident) => new()
    {
        Ident = ident,
        Nom = e.Attr("Nom"),
        Classes = Idents(e, "Classe"),
        PartiesDeClasse = Idents(e, "PartieDeClasse"),
        Eleves = Inscriptions(e, "Eleve"),
    };

    public EdtEleve Eleve(LightElement e, string ident)
    {
        var responsables = new List<EdtResponsable>(2);
        foreach (var r in e.ChildrenNamed("Responsable")) responsables.Add(Responsable(r));
        return new EdtEleve
        {
            Ident = ident,
            Nom = e.Attr("Nom"),
            Prenom = e.Attr("Prenom"),
            DateNaissance = Date(e, "DateNaissance"),
            Sexe = e.Attr("Sexe"),
            CodePostal = e.Attr("CodePostal"),
            NumeroNational = e.Attr("NumeroNational"),
            IdSconet = e.Attr("IDSconet"),
            IdEtablissement = e.Attr("IDEtablissement"),
            IdPn = e.Attr("IDPN"),
            IdCas = e.Attr("IDCAS"),
            Responsables = responsables,
            Classes = Inscriptions(e, "Classe"),
            PartiesDeClasse = Inscriptions(e, "PartieDeClasse"),
            Groupes = Inscriptions(e, "Groupe"),
        };
    }

    public EdtCours Cours(LightElement e)
    {
        string? matiere = null;
        List<EdtCoursRef>? professeurs = null, classes = null, parties = null, groupes = null, salles = null;
        foreach (var c in e.Children)
        {
            switch (c.Name)
            {
                case "Matiere": matiere ??= c.Attr("Ident"); break;
                case "Professeur": (professeurs ??= []).Add(Ref(c)); break;
                case "Classe": (classes ??= []).Add(Ref(c)); break;
                case "PartieDeClasse": (parties ??= []).Add(Ref(c)); break;
                case "Groupe": (groupes ??= []).Add(Ref(c)); break;
                case "Salle": (salles ??= []).Add(Ref(c)); break;
            }
        }

        return new EdtCours
        {
            Jour = EdtValues.Int(e.Attr("Jour")),
            NumeroPlaceDebut = EdtValues.Int(e.Attr("NumeroPlaceDebut")),
            NombrePlaces = EdtValues.Int(e.Attr("NombrePlaces")),
            Matiere = matiere,
            Professeurs = professeurs ?? [],
            Classes = classes ?? [],
            PartiesDeClasse = parties ?? [],
            Groupes = groupes ?? [],
            Salles = salles ?? [],
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
        var adresse = new List<string>(1);
        foreach (var name in (ReadOnlySpan<string>)["Adresse1", "Adresse2", "Adresse3", "Adresse4"])
        {
            if (r.Attr(name) is { } line) adresse.Add(line);
        }

        return new EdtResponsable
        {
            Ident = r.Attr("Ident") ?? "",
            RespLegal = EdtValues.Int(r.Attr("RespLegal")),
            Nom = r.Attr("Nom"),
            Prenom = r.Attr("Prenom"),
            Civilite = r.Attr("Civilite"),
            Adresse = adresse,
            CodePostal = r.Attr("CodePostal"),
            Ville = r.Attr("Ville"),
            IdPn = r.Attr("IDPN"),
            IdCas = r.Attr("IDCAS"),
        };
    }

    private EdtCoursRef Ref(LightElement c)
    {
        // ODE also reads SemainesInclusion where Semaines is absent (newer exports).
        var text = c.Attr("Semaines") ?? c.Attr("SemainesInclusion");
        var mask = EdtValues.Semaines(text);
        if (mask is null)
        {
            warnings.Add("SEMAINES-ILLISIBLES",
                $"Cours, {c.Name} {c.Attr("Ident")} : le masque de semaines « {text} » n'est pas lisible, toutes les semaines sont retenues.", c.Line);
        }

        return new EdtCoursRef(c.Attr("Ident") ?? "", mask ?? EdtCoursRef.ToutesLesSemaines);
    }

    private IReadOnlyList<EdtInscription> Inscriptions(LightElement e, string name)
    {
        List<EdtInscription>? list = null;
        foreach (var c in e.ChildrenNamed(name))
        {
            if (c.Attr("Ident") is not { } ident) continue;
            (list ??= []).Add(new EdtInscription(ident, Date(c, "DateEntree"), Date(c, "DateSortie")));
        }

        return list ?? [];
    }

    private static IReadOnlyList<string> Idents(LightElement e, string name)
    {
        List<string>? list = null;
        foreach (var c in e.ChildrenNamed(name))
        {
            if (c.Attr("Ident") is { } ident) (list ??= []).Add(ident);
        }

        return list ?? [];
    }
}

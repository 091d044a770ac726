using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Edt;

/// <summary>
/// Reads EDT's "export texte" of courses in XML (TABLE/Cours, also Cours_annuels). Field names hold '-' and '.'
/// (CO-ENS., POND., H.DEBUT); values are display strings, some padded with spaces ("  08h00"). The file names no school
/// and no year, so the identity stays as identification left it.
/// </summary>
internal sealed class EdtTexteReader : IExportReader
{
    public ExportKind Kind => ExportKind.EdtTexte;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        using var reader = document.OpenXml();
        reader.MoveToContent();
        var warnings = new EdtWarnings();
        var cours = new List<EdtTexteCours>();
        var tally = new EdtTexteTally();
        var pool = new StringPool();
        foreach (var r in reader.StartElements())
        {
            if (r.Depth != 1) continue;
            if (r.LocalName is not ("Cours" or "Cours_annuels"))
            {
                r.Skip();
                continue;
            }

            var c = Cours(LightElement.Read(r), warnings, pool);
            tally.Add(c);
            cours.Add(c);
        }

        return new ReadResult(identity, new EdtTexteExport(cours, tally.Counts(cours.Count)), warnings.ToList());
    }

    /// <summary>One pass over the fields; display values repeat on every line, so they are pooled.</summary>
    private static EdtTexteCours Cours(LightElement e, EdtWarnings warnings, StringPool pool)
    {
        string? numero = null, duree = null, frequence = null, matCode = null, matLibelle = null, profNom = null, profPrenom = null;
        string? classe = null, salle = null, alternance = null, modalite = null, coEns = null, pond = null, jour = null, heure = null, effectif = null;
        foreach (var f in e.Children)
        {
            var text = f.Text.Trim();
            if (text.Length == 0) continue;
            switch (f.Name)
            {
                case "NUMERO": numero = text; break;
                case "DUREE": duree = pool.Get(text); break;
                case "FREQUENCE": frequence = pool.Get(text); break;
                case "MAT_CODE": matCode = pool.Get(text); break;
                case "MAT_LIBELLE": matLibelle = pool.Get(text); break;
                case "PROF_NOM": profNom = pool.Get(text); break;
                case "PROF_PRENOM": profPrenom = pool.Get(text); break;
                case "CLASSE": classe = pool.Get(text); break;
                case "SALLE": salle = pool.Get(text); break;
                case "ALTERNANCE": alternance = pool.Get(text); break;
                case "MODALITE": modalite = pool.Get(text); break;
                case "CO-ENS.": coEns = pool.Get(text); break;
                case "POND.": pond = pool.Get(text); break;
                case "JOUR": jour = pool.Get(text); break;
                case "H.DEBUT": heure = text; break;
                case "EFFECTIF": effectif = text; break;
            }
        }

        var c = new EdtTexteCours
        {
            Numero = numero ?? e.Attr("numero"),
            Duree = duree,
            DureeMinutes = EdtValues.DureeMinutes(duree),
            Frequence = frequence,
            MatCode = matCode,
            MatLibelle = matLibelle,
            ProfNom = profNom,
            ProfPrenom = profPrenom,
            Classe = classe,
            Salle = salle,
            Alternance = alternance,
            Modalite = modalite,
            CoEnseignement = coEns,
            Ponderation = pond,
            Jour = jour,
            JourNumero = EdtValues.JourNumero(jour),
            HeureDebut = EdtValues.Heure(heure),
            Effectif = EdtValues.Int(effectif),
            Line = e.Line,
        };

        if (duree is not null && c.DureeMinutes is null)
        {
            warnings.Add("DUREE-ILLISIBLE", $"Cours {c.Numero} : la durée « {duree} » n'est pas lisible (attendu par exemple « 1h30 »).", e.Line);
        }

        if (heure is not null && c.HeureDebut is null)
        {
            warnings.Add("HEURE-ILLISIBLE", $"Cours {c.Numero} : l'heure de début « {heure} » n'est pas lisible (attendu par exemple « 08h00 »).", e.Line);
        }

        if (jour is not null && c.JourNumero is null)
        {
            warnings.Add("JOUR-ILLISIBLE", $"Cours {c.Numero} : le jour « {jour} » n'est pas un jour de la semaine.", e.Line);
        }

        return c;
    }
}

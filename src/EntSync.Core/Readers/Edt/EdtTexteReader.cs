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
        foreach (var r in reader.StartElements())
        {
            if (r.Depth != 1) continue;
            if (r.LocalName is not ("Cours" or "Cours_annuels"))
            {
                r.Skip();
                continue;
            }

            var c = Cours(LightElement.Read(r), warnings);
            tally.Add(c);
            cours.Add(c);
        }

        return new ReadResult(identity, new EdtTexteExport(cours, tally.Counts(cours.Count)), warnings.ToList());
    }

    private static EdtTexteCours Cours(LightElement e, EdtWarnings warnings)
    {
        var duree = e.Value("DUREE");
        var heure = e.Value("H.DEBUT");
        var jour = e.Value("JOUR");
        var c = new EdtTexteCours
        {
            Numero = e.Value("NUMERO") ?? e.Attr("numero"),
            Duree = duree,
            DureeMinutes = EdtValues.DureeMinutes(duree),
            Frequence = e.Value("FREQUENCE"),
            MatCode = e.Value("MAT_CODE"),
            MatLibelle = e.Value("MAT_LIBELLE"),
            ProfNom = e.Value("PROF_NOM"),
            ProfPrenom = e.Value("PROF_PRENOM"),
            Classe = e.Value("CLASSE"),
            Salle = e.Value("SALLE"),
            Alternance = e.Value("ALTERNANCE"),
            Modalite = e.Value("MODALITE"),
            CoEnseignement = e.Value("CO-ENS."),
            Ponderation = e.Value("POND."),
            Jour = jour,
            JourNumero = EdtValues.JourNumero(jour),
            HeureDebut = EdtValues.Heure(heure),
            Effectif = EdtValues.Int(e.Value("EFFECTIF")),
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

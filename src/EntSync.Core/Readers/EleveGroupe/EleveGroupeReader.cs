using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Model.EleveGroupe;
using EntSync.Core.Readers.Sts;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.EleveGroupe;

/// <summary>
/// Reads a "liens élève-groupe" file (root IMPORT_ELEVES with GROUPES; FORMATS.md §12), the pupil–group links a
/// timetable software sends to SIECLE, streaming one pupil at a time. Its dates are ISO (xs:date), unlike SIECLE's.
/// Also warns when the file name would make SIECLE refuse the file.
/// </summary>
internal sealed class EleveGroupeReader : IExportReader
{
    private const string DateIllisible = "ELEGROUPE-DATE-ILLISIBLE";

    public ExportKind Kind => ExportKind.EleveGroupe;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        var warnings = new WarningCollector();
        var fields = new StsFields(warnings);
        var eleves = new List<EleveGroupeEleve>();
        // Most links are the same few (a group, no dates): one shared instance each keeps 100,000 pupils from holding as many copies.
        var liens = new Dictionary<EleveGroupeLien, EleveGroupeLien>();
        LightElement? parametres = null;
        string? version;

        using (var reader = document.OpenXml())
        {
            StsReading.ExpectRoot(reader, "IMPORT_ELEVES", "un fichier de liens élève-groupe (IMPORT_ELEVES)");
            version = reader.GetAttribute("VERSION")?.Trim();
            foreach (var r in reader.StartElements())
            {
                switch (r.LocalName)
                {
                    case "PARAMETRES" when parametres is null:
                        parametres = LightElement.Read(r);
                        break;
                    case "ELEVE":
                        eleves.Add(ReadEleve(LightElement.Read(r), fields, liens));
                        break;
                }
            }
        }

        var header = new EleveGroupeParametres
        {
            Version = string.IsNullOrEmpty(version) ? null : version,
            Uai = parametres?.Value("UAJ"),
            AnneeScolaire = ExportDates.ParseYear(parametres?.Value("ANNEE_SCOLAIRE")),
            DateImport = parametres is null ? null : fields.Date(parametres, "DATE_IMPORT", DateIllisible),
            NumEnvoi = parametres?.Value("NUM_ENVOI"),
            Logiciel = parametres?.Value("LOGICIEL"),
        };
        var completed = identity with
        {
            Uai = identity.Uai ?? header.Uai,
            SchoolYear = identity.SchoolYear ?? header.AnneeScolaire,
        };
        var all = new List<ReadWarning>(EleveGroupeFileName.Check(document, completed.Uai, header.AnneeScolaire ?? completed.SchoolYear));
        all.AddRange(warnings.ToList());
        return new ReadResult(completed, new EleveGroupeExport { Parametres = header, Eleves = eleves }, all);
    }

    private static EleveGroupeEleve ReadEleve(LightElement e, StsFields fields, Dictionary<EleveGroupeLien, EleveGroupeLien> liens)
    {
        var groupes = new List<EleveGroupeLien>();
        foreach (var g in StsStructureParser.Items(e, "GROUPES", "GROUPE"))
        {
            if (StsStructureParser.Code(g, "CODE_GROUPE") is { } code)
            {
                var lien = new EleveGroupeLien(code, fields.Date(g, "DATE_DEBUT_GROUPE", DateIllisible), fields.Date(g, "DATE_FIN_GROUPE", DateIllisible));
                groupes.Add(liens.TryAdd(lien, lien) ? lien : liens[lien]);
            }
        }

        return new EleveGroupeEleve
        {
            EleveId = e.Value("ELEVE_ID") ?? e.Attr("ELEVE_ID"),
            IdNational = e.Value("ID_NATIONAL"),
            IdPrvEle = e.Value("ID_PRV_ELE"),
            NomDeFamille = e.Value("NOM_DE_FAMILLE", "NOM"),
            NomUsage = e.Value("NOM_USAGE"),
            Prenom = e.Value("PRENOM"),
            Prenom2 = e.Value("PRENOM2"),
            Prenom3 = e.Value("PRENOM3"),
            DateNaiss = fields.Date(e, "DATE_NAISS", DateIllisible),
            // An exact array rather than the list that grew: 100,000 pupils at académie scale.
            Groupes = groupes.ToArray(),
            Line = e.Line,
        };
    }
}

using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Model.Sts;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Sts;

/// <summary>
/// Reads STS-Web's "Exports > Emploi du temps" file (sts_emp, root STS_EDT; FORMATS.md §7), streaming one record at a
/// time. The UAI is the attribute PARAMETRES/UAJ/@CODE and the year ANNEE_SCOLAIRE/@ANNEE; NOMENCLATURES is a sibling
/// of DONNEES. Records are found by name wherever they sit, so wrappers and element order do not matter.
/// </summary>
internal sealed class StsEmpReader : IExportReader
{
    public ExportKind Kind => ExportKind.StsEmp;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        var warnings = new WarningCollector();
        var fields = new StsFields(warnings);
        var structures = new StsStructureParser(fields);
        var individus = new List<Individu>();
        var matieres = new List<StsMatiere>();
        var mefs = new List<StsMef>();
        var divisions = new List<StsDivision>();
        var groupes = new List<StsGroupe>();
        LightElement? parametres = null;

        using (var reader = document.OpenXml())
        {
            StsReading.ExpectRoot(reader, "STS_EDT", "un export STS-Web « emploi du temps » (sts_emp)");
            foreach (var r in reader.StartElements())
            {
                switch (r.LocalName)
                {
                    case "PARAMETRES" when parametres is null:
                        parametres = LightElement.Read(r);
                        break;
                    case "INDIVIDU":
                        individus.Add(ReadIndividu(LightElement.Read(r), fields));
                        break;
                    case "MATIERE":
                        var m = LightElement.Read(r);
                        matieres.Add(new StsMatiere(StsStructureParser.Code(m) ?? "", m.Value("CODE_GESTION"), m.Value("LIBELLE_COURT"),
                            m.Value("LIBELLE_LONG"), m.Value("LIBELLE_EDITION")));
                        break;
                    case "MEF":
                        var f = LightElement.Read(r);
                        mefs.Add(new StsMef(StsStructureParser.Code(f) ?? "", f.Value("FORMATION"), f.Value("LIBELLE_LONG"), f.Value("LIBELLE_EDITION")));
                        break;
                    case "DIVISION":
                        divisions.Add(structures.Division(LightElement.Read(r)));
                        break;
                    case "GROUPE":
                        groupes.Add(structures.Groupe(LightElement.Read(r)));
                        break;
                }
            }
        }

        var annee = parametres?.Child("ANNEE_SCOLAIRE");
        var content = new StsEmpExport
        {
            DebutAnnee = annee is null ? null : fields.Date(annee, "DATE_DEBUT"),
            FinAnnee = annee is null ? null : fields.Date(annee, "DATE_FIN"),
            Individus = individus,
            Matieres = matieres,
            Mefs = mefs,
            Divisions = divisions,
            Groupes = groupes,
            Services = structures.Services,
        };
        var completed = identity with
        {
            Uai = identity.Uai ?? parametres?.Child("UAJ")?.Attr("CODE") ?? parametres?.Value("UAJ"),
            SchoolYear = identity.SchoolYear ?? ExportDates.ParseYear(annee?.Attr("ANNEE"))
                         ?? (content.DebutAnnee is { } d ? ExportDates.SchoolYearOf(d.ToDateTime(TimeOnly.MinValue)) : null),
        };
        return new ReadResult(completed, content, warnings.ToList());
    }

    private static Individu ReadIndividu(LightElement e, StsFields fields)
    {
        var profs = new List<ProfPrincipal>();
        foreach (var p in StsStructureParser.Items(e, "PROFS_PRINC", "PROF_PRINC"))
        {
            if (StsStructureParser.Code(p, "CODE_STRUCTURE") is { } code)
            {
                profs.Add(new ProfPrincipal(code, fields.Date(p, "DATE_DEBUT"), fields.Date(p, "DATE_FIN")));
            }
        }

        var disciplines = new List<string>();
        foreach (var d in StsStructureParser.Items(e, "DISCIPLINES", "DISCIPLINE"))
        {
            if (StsStructureParser.Code(d) is { } code) disciplines.Add(code);
        }

        return new Individu
        {
            Id = e.Attr("ID") ?? e.Value("ID") ?? "",
            Type = e.Attr("TYPE"),
            NomUsage = e.Value("NOM_USAGE"),
            NomPatronymique = e.Value("NOM_PATRONYMIQUE"),
            Prenom = e.Value("PRENOM"),
            Sexe = e.Value("SEXE"),
            Civilite = e.Value("CIVILITE"),
            DateNaissance = fields.Date(e, "DATE_NAISSANCE"),
            Grade = e.Value("GRADE"),
            Fonction = e.Value("FONCTION"),
            ProfsPrincipaux = profs,
            Disciplines = disciplines,
            Line = e.Line,
        };
    }
}

using System.Globalization;
using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Sts;

/// <summary>
/// Writes STS-Web's "Exports > Emploi du temps" file <c>sts_emp_&lt;UAI&gt;_&lt;année&gt;.xml</c> (root STS_EDT,
/// FORMATS.md §7): every INDIVIDU, the nomenclatures, and the divisions and groups with their services.
/// </summary>
internal sealed class StsEmpWriter : IExportWriter
{
    public IReadOnlyList<string> Write(GeneratedSchool school, string directory)
    {
        var path = Path.Combine(directory, $"sts_emp_{school.Uai}_{school.SchoolYear}.xml");
        using var stream = File.Create(path);
        using (var w = Latin9Xml.Create(stream))
        {
            w.WriteStartElement("STS_EDT");
            WriteParametres(w, school);
            WriteNomenclatures(w, school);
            w.WriteStartElement("DONNEES");
            WriteIndividus(w, school);
            new StsStructureWriter(school).Write(w);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        return [path];
    }

    private static void WriteParametres(XmlWriter w, GeneratedSchool school)
    {
        var space = school.Nom.IndexOf(' ');
        w.WriteStartElement("PARAMETRES");
        w.WriteStartElement("UAJ");
        w.WriteAttributeString("CODE", school.Uai);
        w.WriteStartElement("ACADEMIE");
        w.Element("CODE", "21");
        w.Element("LIBELLE", "ROUEN");
        w.WriteEndElement();
        w.Element("SIGLE", "CLG");
        w.Element("DENOM_PRINC", space > 0 ? school.Nom[..space] : school.Nom);
        w.Element("DENOM_COMPL", space > 0 ? school.Nom[(space + 1)..] : null);
        w.WriteEndElement();
        w.WriteStartElement("ANNEE_SCOLAIRE");
        w.WriteAttributeString("ANNEE", school.SchoolYear.ToString(CultureInfo.InvariantCulture));
        w.Element("DATE_DEBUT", school.DebutAnnee.Iso());
        w.Element("DATE_FIN", school.FinAnnee.Iso());
        w.WriteEndElement();
        w.Element("HORODATAGE", (school.StsEmpExportTime ?? school.ExportTime).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    private static void WriteNomenclatures(XmlWriter w, GeneratedSchool school)
    {
        w.WriteStartElement("NOMENCLATURES");
        w.WriteStartElement("CIVILITES");
        foreach (var (code, court, longue) in new[] { ("1", "M.", "Monsieur"), ("2", "MME", "Madame") })
        {
            w.WriteStartElement("CIVILITE");
            w.WriteAttributeString("CODE", code);
            w.Element("LIBELLE_COURT", court);
            w.Element("LIBELLE_LONG", longue);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("MATIERES");
        foreach (var m in school.Matieres)
        {
            w.WriteStartElement("MATIERE");
            w.WriteAttributeString("CODE", m.Code);
            w.Element("CODE_GESTION", m.CodeGestion);
            w.Element("LIBELLE_COURT", m.LibelleCourt);
            w.Element("LIBELLE_LONG", m.LibelleLong);
            w.Element("LIBELLE_EDITION", m.LibelleLong);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("MEFS");
        foreach (var m in school.Mefs)
        {
            w.WriteStartElement("MEF");
            w.WriteAttributeString("CODE", m.Code);
            w.Element("FORMATION", m.Formation);
            w.Element("LIBELLE_LONG", m.LibelleLong);
            w.Element("LIBELLE_EDITION", m.LibelleEdition);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteIndividus(XmlWriter w, GeneratedSchool school)
    {
        var matieres = school.Matieres.ToDictionary(m => m.Code);
        var heures = new Dictionary<int, int>();
        foreach (var s in school.Services)
        {
            foreach (var id in s.Enseignants) heures[id] = heures.GetValueOrDefault(id) + s.HeuresHebdo;
        }

        w.WriteStartElement("INDIVIDUS");
        foreach (var i in school.Individus)
        {
            if (i.HorsSts) continue;
            w.WriteStartElement("INDIVIDU");
            w.WriteAttributeString("ID", i.Id.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("TYPE", "epp");
            w.Element("NOM_USAGE", i.NomUsage);
            w.Element("NOM_PATRONYMIQUE", i.NomPatronymique);
            w.Element("PRENOM", i.Prenom);
            w.Element("SEXE", i.Sexe);
            w.Element("CIVILITE", i.Sexe == "2" ? "2" : "1");
            w.Element("DATE_NAISSANCE", i.DateNaissance.Iso());
            w.Element("GRADE", i.Grade);
            w.Element("FONCTION", i.Fonction);
            if (i.ProfPrincipalDe.Count > 0)
            {
                w.WriteStartElement("PROFS_PRINC");
                foreach (var code in i.ProfPrincipalDe)
                {
                    w.WriteStartElement("PROF_PRINC");
                    w.Element("CODE_STRUCTURE", code);
                    w.Element("DATE_DEBUT", school.DebutAnnee.Iso());
                    w.Element("DATE_FIN", school.FinAnnee.Iso());
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            if (i.DisciplineCode is { } discipline)
            {
                w.WriteStartElement("DISCIPLINES");
                w.WriteStartElement("DISCIPLINE");
                w.WriteAttributeString("CODE", discipline);
                w.Element("LIBELLE_COURT", matieres.TryGetValue(discipline, out var m) ? m.LibelleCourt : discipline);
                w.Element("NB_HEURES", heures.GetValueOrDefault(i.Id));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}

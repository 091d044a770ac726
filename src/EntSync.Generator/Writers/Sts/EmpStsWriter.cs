using System.Globalization;
using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Sts;

/// <summary>
/// Writes the timetable software's upload to STS-Web, <c>emp_sts_&lt;UAI&gt;_&lt;année&gt;.xml</c> (root EDT_STS,
/// FORMATS.md §8): week patterns H, Q1, Q2 as Monday dates of the school year, then the services with the courses
/// under each teacher (JOUR, HEURE_DEBUT and DUREE as "HHMM").
/// </summary>
internal sealed class EmpStsWriter : IExportWriter
{
    public IReadOnlyList<string> Write(GeneratedSchool school, string directory)
    {
        var path = Path.Combine(directory, $"emp_sts_{school.Uai}_{school.SchoolYear}.xml");
        var services = new EmpStsServices(school);
        using var stream = File.Create(path);
        using (var w = Latin9Xml.Create(stream))
        {
            w.WriteStartElement("EDT_STS");
            w.WriteStartElement("PARAMETRES");
            w.Element("UAJ", school.Uai);
            w.WriteEndElement();
            w.WriteStartElement("DONNEES");
            WriteAlternances(w, school);
            w.WriteStartElement("STRUCTURE");
            w.WriteStartElement("DIVISIONS");
            foreach (var d in school.Divisions)
            {
                w.WriteStartElement("DIVISION");
                w.WriteAttributeString("CODE", d.Code);
                WriteServices(w, services.Of(d.Code));
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteStartElement("GROUPES");
            foreach (var g in school.Groupes)
            {
                w.WriteStartElement("GROUPE");
                w.WriteAttributeString("CODE", g.Code);
                w.WriteStartElement("DIVISIONS_APPARTENANCE");
                foreach (var d in g.Divisions)
                {
                    w.WriteStartElement("DIVISION_APPARTENANCE");
                    w.WriteAttributeString("CODE", d);
                    w.WriteEndElement();
                }

                w.WriteEndElement();
                WriteServices(w, services.Of(g.Code));
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        return [path];
    }

    private static void WriteAlternances(XmlWriter w, GeneratedSchool school)
    {
        var lundis = new List<DateOnly>();
        for (var d = school.PremierLundi; d <= school.FinAnnee; d = d.AddDays(7)) lundis.Add(d);

        w.WriteStartElement("ALTERNANCES");
        WriteAlternance(w, "H", "Hebdomadaire", "Toutes les semaines", lundis, _ => true);
        WriteAlternance(w, "Q1", "Sem. 1", "Une semaine sur deux (semaine 1)", lundis, i => i % 2 == 0);
        WriteAlternance(w, "Q2", "Sem. 2", "Une semaine sur deux (semaine 2)", lundis, i => i % 2 == 1);
        w.WriteEndElement();
    }

    private static void WriteAlternance(XmlWriter w, string code, string court, string longue, List<DateOnly> lundis, Func<int, bool> keep)
    {
        w.WriteStartElement("ALTERNANCE");
        w.WriteAttributeString("CODE", code);
        w.Element("LIBELLE_COURT", court);
        w.Element("LIBELLE_LONG", longue);
        w.WriteStartElement("SEMAINES");
        for (var i = 0; i < lundis.Count; i++)
        {
            if (keep(i)) w.Element("DATE_DEBUT_SEMAINE", lundis[i].Iso());
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteServices(XmlWriter w, IReadOnlyList<EmpStsServices.Entry> services)
    {
        if (services.Count == 0) return;
        w.WriteStartElement("SERVICES");
        foreach (var s in services)
        {
            w.WriteStartElement("SERVICE");
            w.WriteAttributeString("CODE_MATIERE", s.CodeMatiere);
            w.WriteStartElement("ENSEIGNANTS");
            foreach (var (id, cours) in s.Enseignants)
            {
                w.WriteStartElement("ENSEIGNANT");
                w.WriteAttributeString("ID", id.ToString(CultureInfo.InvariantCulture));
                w.WriteStartElement("COURS_RATTACHES");
                foreach (var c in cours)
                {
                    w.WriteStartElement("COURS");
                    w.Element("CODE_ALTERNANCE", c.Alternance);
                    w.Element("JOUR", c.Jour);
                    w.Element("HEURE_DEBUT", Latin9Xml.Hhmm(c.HeureDebut.Hour * 60 + c.HeureDebut.Minute));
                    w.Element("DUREE", Latin9Xml.Hhmm(c.DureeMinutes));
                    w.Element("CODE_SALLE", c.Salle);
                    w.WriteEndElement();
                }

                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}

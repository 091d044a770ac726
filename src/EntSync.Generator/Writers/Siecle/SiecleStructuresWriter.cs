using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Siecle;

/// <summary>Writes Structures.xml: divisions with their MEF, groups with the divisions (and so the MEFs) they draw from.</summary>
internal sealed class SiecleStructuresWriter : IExportWriter
{
    public const string FileName = "Structures.xml";

    public IReadOnlyList<string> Write(GeneratedSchool school, string directory) =>
        [BeeXml.WriteFile(Path.Combine(directory, FileName), "BEE_STRUCTURES", "2.0", school, w => Donnees(w, school))];

    private static void Donnees(XmlWriter w, GeneratedSchool school)
    {
        w.WriteStartElement("DIVISIONS");
        foreach (var d in school.Divisions)
        {
            w.WriteStartElement("DIVISION");
            w.WriteAttributeString("CODE_STRUCTURE", d.Code);
            BeeXml.Element(w, "LIBELLE_LONG", d.LibelleLong);
            Mefs(w, [d.CodeMef]);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        var mefOf = school.Divisions.ToDictionary(d => d.Code, d => d.CodeMef);
        w.WriteStartElement("GROUPES");
        foreach (var g in school.Groupes)
        {
            if (g.HorsSts) continue;
            w.WriteStartElement("GROUPE");
            w.WriteAttributeString("CODE_STRUCTURE", g.Code);
            BeeXml.Element(w, "LIBELLE_LONG", g.LibelleLong);
            Mefs(w, g.Divisions.Select(d => mefOf.GetValueOrDefault(d)).OfType<string>().Distinct());
            w.WriteStartElement("DIVISIONS_APPARTENANCE");
            foreach (var d in g.Divisions)
            {
                w.WriteStartElement("DIVISION_APPARTENANCE");
                BeeXml.Element(w, "CODE_STRUCTURE", d);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Mefs(XmlWriter w, IEnumerable<string> codes)
    {
        w.WriteStartElement("MEFS_APPARTENANCE");
        foreach (var code in codes)
        {
            w.WriteStartElement("MEF_APPARTENANCE");
            BeeXml.Element(w, "CODE_MEF", code);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}

using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Siecle;

/// <summary>Writes Nomenclature.xml: the MEFs and subjects the pupil and timetable files refer to.</summary>
internal sealed class SiecleNomenclatureWriter : IExportWriter
{
    public const string FileName = "Nomenclature.xml";

    public IReadOnlyList<string> Write(GeneratedSchool school, string directory) =>
        [BeeXml.WriteFile(Path.Combine(directory, FileName), "BEE_NOMENCLATURES", "3.1", school, w => Donnees(w, school))];

    private static void Donnees(XmlWriter w, GeneratedSchool school)
    {
        w.WriteStartElement("MEFS");
        foreach (var m in school.Mefs)
        {
            w.WriteStartElement("MEF");
            w.WriteAttributeString("CODE_MEF", m.Code);
            BeeXml.Element(w, "FORMATION", m.Formation);
            BeeXml.Element(w, "LIBELLE_LONG", m.LibelleLong);
            BeeXml.Element(w, "LIBELLE_EDITION", m.LibelleEdition);
            BeeXml.Element(w, "MEF_RATTACHEMENT", m.Code);
            BeeXml.Element(w, "DATE_OUVERTURE", "01/09/1995");
            BeeXml.Element(w, "DATE_FERMETURE", "31/12/9999");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("MATIERES");
        foreach (var m in school.Matieres)
        {
            w.WriteStartElement("MATIERE");
            w.WriteAttributeString("CODE_MATIERE", m.Code);
            BeeXml.Element(w, "CODE_GESTION", m.CodeGestion);
            BeeXml.Element(w, "LIBELLE_COURT", m.LibelleCourt);
            BeeXml.Element(w, "LIBELLE_LONG", m.LibelleLong);
            BeeXml.Element(w, "LIBELLE_EDITION", m.LibelleLong);
            BeeXml.Element(w, "MATIERE_ETP", "1");
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}

using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Siecle;

/// <summary>Writes Communs.xml: the school's identity block and the pupils' school-year bounds.</summary>
internal sealed class SiecleCommunsWriter : IExportWriter
{
    public const string FileName = "Communs.xml";

    public IReadOnlyList<string> Write(GeneratedSchool school, string directory) =>
        [BeeXml.WriteFile(Path.Combine(directory, FileName), "BEE_COMMUN", "1.0", school, w => Donnees(w, school))];

    private static void Donnees(XmlWriter w, GeneratedSchool school)
    {
        // "COLLÈGE JEAN-BAPTISTE X" → DENOM_PRINC "COLLÈGE", DENOM_COMPL the rest, as SIECLE splits a school's name.
        var space = school.Nom.IndexOf(' ');
        var (principal, complement) = space < 0 ? (school.Nom, null) : (school.Nom[..space], school.Nom[(space + 1)..]);
        var cp = school.CodePostalVille.IndexOf(' ');

        w.WriteStartElement("UAJ");
        BeeXml.Element(w, "ETAB_UAJ_ID", school.Uai);
        BeeXml.Element(w, "DENOM_PRINC", principal);
        BeeXml.Element(w, "DENOM_COMPL", complement);
        BeeXml.Element(w, "CODE_POSTAL", cp < 0 ? null : school.CodePostalVille[..cp]);
        BeeXml.Element(w, "LIBELLE_POSTAL", cp < 0 ? school.CodePostalVille : school.CodePostalVille[(cp + 1)..]);
        BeeXml.Element(w, "MEL_1", $"ce.{school.Uai}@exemple.fr");
        w.WriteEndElement();

        w.WriteStartElement("ANNEE_SCOLAIRE");
        BeeXml.Element(w, "DATE_DEBUT_ELEVE", school.DebutAnnee);
        BeeXml.Element(w, "DATE_FIN_ELEVE", school.FinAnnee);
        w.WriteEndElement();
    }
}

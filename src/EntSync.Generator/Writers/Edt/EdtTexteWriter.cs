using System.Globalization;
using System.Text;
using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Edt;

/// <summary>
/// Writes <c>export_edt_cours.xml</c>, EDT's "Exporter un fichier texte" of type Cours in XML (root TABLE), one Cours
/// per weekly course with the French display strings EDT uses ("1h00", "lundi", "  08h00"). EDT is a Windows program
/// and writes such exports in the ANSI code page: windows-1252, declared (it also holds 'œ', which Latin-1 lacks).
/// CLASSE is the class or group code ("Nom complet des groupes et des parties" ticked).
/// </summary>
internal sealed class EdtTexteWriter : IExportWriter
{
    private static readonly string[] Jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    public IReadOnlyList<string> Write(GeneratedSchool school, string directory)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(directory, "export_edt_cours.xml");
        var settings = new XmlWriterSettings { Encoding = Encoding.GetEncoding(1252), Indent = true, IndentChars = "  " };
        var matieres = school.Matieres.ToDictionary(m => m.Code);
        var individus = school.Individus.ToDictionary(i => i.Id);
        var effectifs = Effectifs(school);

        using var xml = XmlWriter.Create(path, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("TABLE");
        xml.WriteAttributeString("nom", "Cours");
        foreach (var c in school.Cours)
        {
            var numero = c.Numero.ToString(CultureInfo.InvariantCulture);
            var matiere = matieres.GetValueOrDefault(c.CodeMatiere);
            var prof = c.Enseignant is { } id ? individus.GetValueOrDefault(id) : null;
            xml.WriteStartElement("Cours");
            xml.WriteAttributeString("numero", numero);
            xml.WriteElementString("NUMERO", numero);
            xml.WriteElementString("DUREE", $"{c.DureeMinutes / 60}h{c.DureeMinutes % 60:D2}");
            xml.WriteElementString("FREQUENCE", c.Alternance);
            xml.WriteElementString("MAT_CODE", matiere?.CodeGestion ?? c.CodeMatiere);
            xml.WriteElementString("MAT_LIBELLE", matiere?.LibelleLong ?? c.CodeMatiere);
            if (prof is not null)
            {
                xml.WriteElementString("PROF_NOM", prof.NomUsage);
                xml.WriteElementString("PROF_PRENOM", prof.Prenom);
            }

            xml.WriteElementString("CLASSE", c.PartieDeClasse is null ? c.StructureCode : $"{c.StructureCode} {c.PartieDeClasse}");
            xml.WriteElementString("SALLE", c.Salle);
            xml.WriteElementString("ALTERNANCE", c.Alternance);
            xml.WriteElementString("MODALITE", "CG");
            xml.WriteElementString("CO-ENS.", "N");
            xml.WriteElementString("POND.", "1");
            xml.WriteElementString("JOUR", c.Jour is >= 1 and <= 7 ? Jours[c.Jour - 1] : c.Jour.ToString(CultureInfo.InvariantCulture));
            // EDT right-aligns the start time in a 7-character column: "  08h00".
            xml.WriteElementString("H.DEBUT", $"  {c.HeureDebut.Hour:D2}h{c.HeureDebut.Minute:D2}");
            xml.WriteElementString("EFFECTIF", effectifs.GetValueOrDefault(c.StructureCode).ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
        return [path];
    }

    private static Dictionary<string, int> Effectifs(GeneratedSchool school)
    {
        var effectifs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in school.Eleves)
        {
            if (e.Division is not null) effectifs[e.Division] = effectifs.GetValueOrDefault(e.Division) + 1;
            foreach (var g in e.Groupes) effectifs[g] = effectifs.GetValueOrDefault(g) + 1;
        }

        return effectifs;
    }
}

using System.Globalization;
using System.Text;
using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Edt;

/// <summary>
/// Writes the clear ExportEmploiDuTemps (version 1.1, UTF-8) of a school: the file EDT hands to an ENT before
/// encrypting it. Both the "_Enclair" file and the encrypted container's CONTENU are this same text.
/// Group memberships are written as Eleve elements inside Groupe, the layout of newer exports (the 2013 schema only
/// reaches pupils through parties de classe), so that pupil–group links survive the round trip.
/// </summary>
internal static class EdtClairContent
{
    public const string Namespace = "http://www.index-education.com/exportemploidutemps";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const int PremiereHeure = 8;
    private const int NombrePlaces = 10;

    public static void Write(GeneratedSchool school, Stream output)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", CloseOutput = false };
        using var xml = XmlWriter.Create(output, settings);
        var ids = new EdtIdents(school);
        // Spelled as Index Education writes it ("UTF-8"; XmlWriter would write "utf-8").
        xml.WriteProcessingInstruction("xml", "version=\"1.0\" encoding=\"UTF-8\"");
        xml.WriteStartElement("ExportEmploiDuTemps", Namespace);
        xml.WriteAttributeString("xmlns", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace,
            Namespace + " http://telechargement.index-education.com/export/ExportEmploiDuTemps.xsd");
        xml.WriteAttributeString("Version", "1.1");
        xml.WriteAttributeString("UAI", school.Uai);

        xml.WriteStartElement("AnneeScolaire");
        xml.WriteAttributeString("DateDebut", Date(school.DebutAnnee));
        xml.WriteAttributeString("DateFin", Date(school.FinAnnee));
        xml.WriteAttributeString("DatePremierJourSemaine1", Date(school.PremierLundi));
        xml.WriteEndElement();
        WriteGrille(xml);
        WriteReferentiels(xml, school, ids);
        EdtClairEleves.Write(xml, school, ids);
        EdtClairCours.Write(xml, school, ids);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Place of a start time in the one-hour grid (place 0 = 08:00).</summary>
    public static int Place(TimeOnly heure) => heure.Hour - PremiereHeure;

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Ident(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void WriteGrille(XmlWriter xml)
    {
        xml.WriteStartElement("GrilleHoraire");
        xml.WriteAttributeString("NombrePlacesParJour", Ident(NombrePlaces));
        xml.WriteAttributeString("DureePlace", "60");
        xml.WriteStartElement("JoursOuvres");
        for (var jour = 1; jour <= 5; jour++) xml.WriteElementString("Jour", Ident(jour));
        xml.WriteEndElement();
        xml.WriteStartElement("PlacesParJour");
        for (var p = 0; p < NombrePlaces; p++)
        {
            xml.WriteStartElement("Place");
            xml.WriteAttributeString("Numero", Ident(p));
            xml.WriteAttributeString("LibelleHeureDebut", $"{PremiereHeure + p:D2}:00:00");
            xml.WriteAttributeString("LibelleHeureFin", $"{PremiereHeure + p + 1:D2}:00:00");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteReferentiels(XmlWriter xml, GeneratedSchool school, EdtIdents ids)
    {
        xml.WriteStartElement("Matieres");
        foreach (var m in school.Matieres)
        {
            Empty(xml, "Matiere", ("Ident", Ident(ids.Matieres[m.Code])), ("Code", m.CodeGestion), ("Libelle", m.LibelleLong));
        }

        xml.WriteEndElement();
        xml.WriteStartElement("Professeurs");
        foreach (var p in school.Individus)
        {
            if (p.Fonction != "ENS") continue;
            Empty(xml, "Professeur", ("Ident", Ident(p.Numero)), ("Nom", p.NomUsage), ("Prenom", p.Prenom),
                ("DateNaissance", Date(p.DateNaissance)), ("IDSTS", Ident(p.Id)));
        }

        xml.WriteEndElement();
        xml.WriteStartElement("Classes");
        foreach (var d in school.Divisions)
        {
            xml.WriteStartElement("Classe");
            xml.WriteAttributeString("Ident", Ident(ids.Divisions[d.Code]));
            xml.WriteAttributeString("Nom", d.Code);
            foreach (var ((division, _), ident) in ids.Parties)
            {
                if (division == d.Code) Empty(xml, "PartieDeClasse", ("Ident", Ident(ident)));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        EdtClairEleves.WriteGroupes(xml, school, ids);
        xml.WriteStartElement("Salles");
        foreach (var s in school.Salles) Empty(xml, "Salle", ("Ident", Ident(ids.Salles[s.Code])), ("Nom", s.Code));
        xml.WriteEndElement();
    }

    public static void Empty(XmlWriter xml, string name, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        xml.WriteStartElement(name);
        foreach (var (n, v) in attributes)
        {
            if (v is not null) xml.WriteAttributeString(n, v);
        }

        xml.WriteEndElement();
    }
}

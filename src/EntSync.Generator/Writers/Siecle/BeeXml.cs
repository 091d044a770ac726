using System.Globalization;
using System.Text;
using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Siecle;

/// <summary>
/// What every BEE export shares: Latin-9 bytes declared as <c>ISO-8859-15</c> (as SIECLE writes it: 'œ' is 0xBD, absent
/// from Latin-1), the root with its VERSION, and PARAMETRES (UAJ, ANNEE_SCOLAIRE, DATE_EXPORT, HORODATAGE).
/// </summary>
internal static class BeeXml
{
    public static Encoding Latin9 { get; } = CreateLatin9();

    private static Encoding CreateLatin9()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("ISO-8859-15");
    }

    /// <summary>Writes one export file; the body writes what goes inside DONNEES.</summary>
    public static string WriteFile(string path, string root, string version, GeneratedSchool school, Action<XmlWriter> donnees)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        Write(stream, root, version, school, donnees);
        return path;
    }

    public static void Write(Stream stream, string root, string version, GeneratedSchool school, Action<XmlWriter> donnees)
    {
        // XmlWriter would declare the encoding in lower case ("iso-8859-15"): the declaration is written as SIECLE does.
        var declaration = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n");
        stream.Write(declaration);
        var settings = new XmlWriterSettings
        {
            Encoding = Latin9,
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            CloseOutput = false,
        };
        using (var w = XmlWriter.Create(stream, settings))
        {
            Envelope(w, root, version, school, donnees);
        }

        stream.WriteByte((byte)'\n');
    }

    private static void Envelope(XmlWriter w, string root, string version, GeneratedSchool school, Action<XmlWriter> donnees)
    {
        w.WriteStartElement(root);
        w.WriteAttributeString("VERSION", version);
        w.WriteStartElement("PARAMETRES");
        Element(w, "UAJ", school.Uai);
        Element(w, "ANNEE_SCOLAIRE", school.SchoolYear.ToString(CultureInfo.InvariantCulture));
        Element(w, "DATE_EXPORT", school.ExportTime.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        Element(w, "HORODATAGE", school.ExportTime.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteStartElement("DONNEES");
        donnees(w);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>SIECLE omits optional elements whose value is null.</summary>
    public static void Element(XmlWriter w, string name, string? value)
    {
        if (value is not null) w.WriteElementString(name, value);
    }

    public static void Element(XmlWriter w, string name, DateOnly? value) =>
        Element(w, name, value?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

    public static void Element(XmlWriter w, string name, int value) =>
        Element(w, name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The ADRESSES block: each address once, in order of first use (several people share one).</summary>
    public static void Adresses(XmlWriter w, IEnumerable<GenAdresse?> adresses)
    {
        var seen = new HashSet<int>();
        w.WriteStartElement("ADRESSES");
        foreach (var a in adresses)
        {
            if (a is null || !seen.Add(a.AdresseId)) continue;
            w.WriteStartElement("ADRESSE");
            w.WriteAttributeString("ADRESSE_ID", a.AdresseId.ToString(CultureInfo.InvariantCulture));
            Element(w, "LIGNE1_ADRESSE", a.Ligne1);
            Element(w, "LIGNE2_ADRESSE", "");
            Element(w, "LIGNE3_ADRESSE", "");
            Element(w, "LIGNE4_ADRESSE", "");
            Element(w, "COMMUNE_ETRANGERE", "");
            Element(w, "CODE_POSTAL", a.CodePostal);
            Element(w, "CODE_PAYS", "100");
            Element(w, "CODE_COMMUNE_INSEE", a.CodeCommuneInsee);
            Element(w, "LL_PAYS", "FRANCE");
            Element(w, "CODE_DEPARTEMENT", "0" + a.CodeCommuneInsee[..2]);
            Element(w, "LIBELLE_POSTAL", a.Commune);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}

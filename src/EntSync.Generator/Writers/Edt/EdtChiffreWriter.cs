using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Edt;

/// <summary>
/// Writes <c>Edt_To_Partenaire_&lt;UAI&gt;.xml</c>, the encrypted container (EXPORT_INDEX_EDUCATION) EDT sends to an ENT:
/// the clear content is zlib-compressed, AES-128-CBC encrypted and base64-wrapped into CONTENU in one streaming pass,
/// so a large school never sits in memory. VERIFICATION is the SHA-256 of the compressed bytes. The keys are fake
/// (see <see cref="EdtChiffreKeys"/>): only the envelope is meant to be read, as EntSync does.
/// </summary>
internal sealed class EdtChiffreWriter : IExportWriter
{
    public const string Logiciel = "EDT 2026 - EntSync generateur";
    private const string Namespace = "http://www.index-education.com/conteneurexportchiffre";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly string[] Partenaires = ["INDEXEDUCATION", "Partenaire"];

    public IReadOnlyList<string> Write(GeneratedSchool school, string directory)
    {
        var path = Path.Combine(directory, $"Edt_To_Partenaire_{school.Uai}.xml");
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.None };
        using var xml = XmlWriter.Create(path, settings);
        // Spelled as Index Education writes it ("UTF-8"; XmlWriter would write "utf-8").
        xml.WriteProcessingInstruction("xml", "version=\"1.0\" encoding=\"UTF-8\"");
        xml.WriteStartElement("EXPORT_INDEX_EDUCATION", Namespace);
        xml.WriteAttributeString("xmlns", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace,
            Namespace + " http://telechargement.index-education.com/export/ConteneurExportChiffre.xsd");
        xml.WriteElementString("VERSION", Namespace, "1.0");
        xml.WriteElementString("LOGICIEL", Namespace, Logiciel);
        xml.WriteStartElement("CLES", Namespace);
        foreach (var nom in Partenaires)
        {
            xml.WriteStartElement("PARTENAIRE", Namespace);
            xml.WriteAttributeString("NOM", nom);
            WriteBase64(xml, s => s.Write(EdtChiffreKeys.PartnerBlock(school.Uai, nom)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("CONTENU", Namespace);
        byte[] verification = [];
        WriteBase64(xml, sink => verification = EncryptContent(school, sink));
        xml.WriteEndElement();
        xml.WriteElementString("VERIFICATION", Namespace, Convert.ToBase64String(verification));
        xml.WriteElementString("DATEHEURE", Namespace, DateHeure(school.ExportTime));
        xml.WriteElementString("UAI", Namespace, school.Uai);
        xml.WriteElementString("NOMETABLISSEMENT", Namespace, school.Nom);
        xml.WriteElementString("CODEPOSTALVILLE", Namespace, school.CodePostalVille);
        xml.WriteEndElement();
        xml.WriteEndDocument();
        return [path];
    }

    /// <summary>zlib → SHA-256 of the compressed bytes → AES-128-CBC → sink; returns the hash.</summary>
    private static byte[] EncryptContent(GeneratedSchool school, Stream sink)
    {
        var (key, iv) = EdtChiffreKeys.Aes(school.Uai);
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = iv;
        using var sha = SHA256.Create();
        using (var encrypt = new CryptoStream(sink, aes.CreateEncryptor(), CryptoStreamMode.Write, leaveOpen: true))
        using (var hashing = new CryptoStream(encrypt, sha, CryptoStreamMode.Write, leaveOpen: true))
        using (var zlib = new ZLibStream(hashing, CompressionLevel.Optimal, leaveOpen: true))
        {
            EdtClairContent.Write(school, zlib);
        }

        return sha.Hash!;
    }

    private static void WriteBase64(XmlWriter xml, Action<Stream> write)
    {
        var lines = new Base64LinesStream(xml.WriteString);
        write(lines);
        lines.Complete();
    }

    /// <summary>ISO date-time with the offset France had at that moment, as EDT writes it (2014-05-20T10:19:08.486+02:00).</summary>
    internal static string DateHeure(DateTime local)
    {
        var offset = TimeSpan.FromHours(EnHeureDEte(local) ? 2 : 1);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset)
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
    }

    /// <summary>EU summer time: from the last Sunday of March to the last Sunday of October (2:00/3:00 local).</summary>
    private static bool EnHeureDEte(DateTime local)
    {
        static DateTime LastSunday(int year, int month, int hour)
        {
            var d = new DateTime(year, month, DateTime.DaysInMonth(year, month), hour, 0, 0);
            while (d.DayOfWeek != DayOfWeek.Sunday) d = d.AddDays(-1);
            return d;
        }

        return local >= LastSunday(local.Year, 3, 2) && local < LastSunday(local.Year, 10, 3);
    }
}

using System.Globalization;
using System.Xml;
using EntSync.Core.Identification;
using EntSync.Core.Model;
using EntSync.Core.Model.Edt;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Edt;

/// <summary>
/// Reads the clear envelope of Index Education's encrypted export. CONTENU is never decrypted (that takes a partner's
/// private key) nor even kept: its base64 text is streamed past and only its size is counted, so a large timetable
/// costs no memory.
/// </summary>
internal sealed class EdtChiffreReader : IExportReader
{
    public ExportKind Kind => ExportKind.EdtChiffre;

    public ReadResult Read(ExportDocument document, ExportIdentity identity)
    {
        using var reader = document.OpenXml();
        reader.MoveToContent();
        var export = new EdtChiffreExport();
        var partenaires = new List<string>();
        var warnings = new EdtWarnings();
        foreach (var r in reader.StartElements())
        {
            switch (r.LocalName)
            {
                case "VERSION": export = export with { Version = Text(r) }; break;
                case "LOGICIEL": export = export with { Logiciel = Text(r) }; break;
                case "PARTENAIRE":
                    var nom = LightElement.Read(r).Attr("NOM");
                    if (nom is not null) partenaires.Add(nom);
                    break;
                case "CONTENU":
                    var compresse = r.GetAttribute("CompresseAvantChiffrement")?.Trim();
                    var line = r.Line();
                    export = export with { Compresse = compresse is not ("false" or "0"), TailleContenu = Base64Length(r, warnings, line) };
                    break;
                case "VERIFICATION": export = export with { Verification = Text(r) }; break;
                case "DATEHEURE":
                    var dateLine = r.Line();
                    var text = Text(r);
                    var date = ParseOffset(text);
                    if (date is null && text is not null)
                    {
                        warnings.Add("DATE-ILLISIBLE", $"DATEHEURE « {text} » n'est pas une date-heure lisible : ignorée.", dateLine);
                    }

                    export = export with { DateHeure = date };
                    break;
                case "UAI": export = export with { Uai = Text(r) }; break;
                case "NOMETABLISSEMENT": export = export with { NomEtablissement = Text(r) }; break;
                case "CODEPOSTALVILLE": export = export with { CodePostalVille = Text(r) }; break;
            }
        }

        export = export with { Partenaires = partenaires };
        var completed = identity with
        {
            Uai = identity.Uai ?? export.Uai,
            ExportDate = identity.ExportDate ?? export.DateHeure?.DateTime,
            SchoolYear = identity.SchoolYear ?? (export.DateHeure is { } d ? ExportDates.SchoolYearOf(d.DateTime) : null),
            Variant = identity.Variant ?? export.Logiciel,
        };
        return new ReadResult(completed, export, warnings.ToList());
    }

    private static string? Text(XmlReader reader)
    {
        var t = reader.ReadElementContentAsString().Trim();
        return t.Length == 0 ? null : t;
    }

    private static DateTimeOffset? ParseOffset(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var d) ? d : null;

    /// <summary>Decoded size of a base64 element, counted chunk by chunk without decoding or keeping the text.</summary>
    private static long Base64Length(XmlReader reader, EdtWarnings warnings, int line)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return 0;
        }

        var depth = reader.Depth;
        long significant = 0;
        var padding = 0;
        var buffer = new char[16 * 1024];
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                int n;
                while ((n = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    foreach (var c in buffer.AsSpan(0, n))
                    {
                        if (char.IsWhiteSpace(c)) continue;
                        significant++;
                        padding = c == '=' ? padding + 1 : 0;
                    }
                }
            }

            reader.Read();
        }

        if (reader.NodeType == XmlNodeType.EndElement) reader.Read();
        if (significant % 4 != 0)
        {
            warnings.Add("CONTENU-INCOMPLET",
                "Le contenu chiffré (CONTENU) n'a pas une longueur base64 valide : le fichier a peut-être été tronqué pendant la copie.", line);
        }

        return significant / 4 * 3 - Math.Min(padding, 2);
    }
}

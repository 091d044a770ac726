using System.Text.RegularExpressions;
using System.Xml;
using EntSync.Core.Model;
using EntSync.Core.Readers;
using EntSync.Core.Xml;

namespace EntSync.Core.Identification;

/// <summary>
/// Decides what an XML export is from its content (root element, namespace, header), never from its name alone;
/// the name only fills in what the content does not carry (the year of an emp_sts file). FORMATS.md §15.
/// Zip archives are handled by <see cref="Inspection.ExportInspector"/>, which asks this class about each entry.
/// </summary>
public static partial class ExportIdentifier
{
    private const string IndexChiffreNs = "http://www.index-education.com/conteneurexportchiffre";
    private const string IndexClairNs = "http://www.index-education.com/exportemploidutemps";

    /// <summary>Elements read at most while looking for a header or a distinguishing child.</summary>
    private const int HeaderElementBudget = 400;

    [GeneratedRegex(@"^emp_sts_(\d{7}[A-Za-z])_(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex EmpStsName();

    [GeneratedRegex(@"^(\w{8})ELEGROUPE(\d{4})(\d{12})\.(xml|zip)$", RegexOptions.IgnoreCase)]
    internal static partial Regex EleveGroupeName();

    [GeneratedRegex(@"^udcal_\d\d(_\d\d)?\.xml$", RegexOptions.IgnoreCase)]
    internal static partial Regex UdCalName();

    public static ExportIdentity Identify(ExportDocument document)
    {
        using var reader = document.OpenXml();
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return ExportIdentity.Unknown("Fichier vide ou sans élément racine : ce n'est pas un export XML.");
            }
        }
        catch (XmlException ex)
        {
            var error = XmlErrorTranslator.Translate(ex);
            return ExportIdentity.Unknown($"Ce fichier n'est pas un export XML lisible : {error.Message}");
        }

        var root = reader.LocalName;
        var ns = reader.NamespaceURI;
        try
        {
            return ByRoot(reader, root, ns, document.FileName);
        }
        catch (XmlException) when (KindOfRoot(root) is { } kind)
        {
            // The header itself is malformed or truncated: the kind is certain, the reader will report where it breaks.
            return new ExportIdentity(kind, null, null, null);
        }
        catch (XmlException ex)
        {
            return ExportIdentity.Unknown($"Ce fichier n'est pas un export XML lisible : {XmlErrorTranslator.Translate(ex).Message}");
        }
    }

    private static ExportKind? KindOfRoot(string root) => root switch
    {
        "BEE_ELEVES" => ExportKind.SiecleEleves,
        "BEE_RESPONSABLES" => ExportKind.SiecleResponsables,
        "BEE_NOMENCLATURES" => ExportKind.SiecleNomenclatures,
        "BEE_STRUCTURES" => ExportKind.SiecleStructures,
        "BEE_COMMUN" => ExportKind.SiecleCommun,
        "STS_EDT" => ExportKind.StsEmp,
        "EDT_STS" => ExportKind.EdtSts,
        "EXPORT_INDEX_EDUCATION" => ExportKind.EdtChiffre,
        "ExportEmploiDuTemps" => ExportKind.EdtClair,
        _ => null,
    };

    private static ExportIdentity ByRoot(XmlReader reader, string root, string ns, string fileName)
    {
        return root switch
        {
            "BEE_ELEVES" => Bee(reader, ExportKind.SiecleEleves),
            "BEE_RESPONSABLES" => Bee(reader, ExportKind.SiecleResponsables),
            "BEE_NOMENCLATURES" => Bee(reader, ExportKind.SiecleNomenclatures),
            "BEE_STRUCTURES" => Bee(reader, ExportKind.SiecleStructures),
            "BEE_COMMUN" => Bee(reader, ExportKind.SiecleCommun),
            "STS_EDT" => StsEmp(reader),
            "EDT_STS" => EdtSts(reader, fileName),
            "EXPORT_INDEX_EDUCATION" when ns == IndexChiffreNs || ns.Length == 0 => EdtChiffre(reader),
            "ExportEmploiDuTemps" when ns == IndexClairNs || ns.Length == 0 => EdtClair(reader),
            "TABLE" => EdtTexte(reader),
            "IMPORT_ELEVES" => ImportEleves(reader, fileName),
            "BEE_ETABLISSEMENTS" or "BEE_GEOGRAPHIQUE" =>
                ExportIdentity.Unknown($"Export SIECLE « {root} » : EntSync n'en a pas besoin (il lit Élèves, Responsables, Nomenclature, Structures et Communs)."),
            "ficAlimMENESR" =>
                ExportIdentity.Unknown("Fichier AAF (annuaire académique) : il alimente l'ENT directement et n'est pas à déposer pour EntSync."),
            _ when UdCalName().IsMatch(fileName) =>
                ExportIdentity.Unknown("Fichier UDT isolé : déposez l'archive zip complète de l'export UDT (tous les fichiers UDCal ensemble)."),
            _ => ExportIdentity.Unknown($"Élément racine « {root} » inconnu : ce fichier n'est pas un export SIECLE, STS-Web, EDT ou UDT reconnu."),
        };
    }

    private static ExportIdentity Bee(XmlReader reader, ExportKind kind)
    {
        var parametres = FindHeader(reader, "PARAMETRES", stopAt: "DONNEES");
        var date = ExportDates.Parse(parametres?.Value("HORODATAGE")) ?? ExportDates.Parse(parametres?.Value("DATE_EXPORT"));
        return new ExportIdentity(kind, parametres?.Value("UAJ"), ExportDates.ParseYear(parametres?.Value("ANNEE_SCOLAIRE")), date);
    }

    private static ExportIdentity StsEmp(XmlReader reader)
    {
        var parametres = FindHeader(reader, "PARAMETRES", stopAt: "DONNEES");
        var uai = parametres?.Child("UAJ")?.Attr("CODE") ?? parametres?.Value("UAJ");
        var year = ExportDates.ParseYear(parametres?.Child("ANNEE_SCOLAIRE")?.Attr("ANNEE"));
        var date = ExportDates.Parse(parametres?.Value("HORODATAGE"));
        return new ExportIdentity(ExportKind.StsEmp, uai, year, date);
    }

    private static ExportIdentity EdtSts(XmlReader reader, string fileName)
    {
        var parametres = FindHeader(reader, "PARAMETRES", stopAt: "DONNEES");
        var uai = parametres?.Value("UAJ") ?? parametres?.Child("UAJ")?.Attr("CODE");
        var year = ExportDates.ParseYear(parametres?.Value("ANNEE_SCOLAIRE"))
                   ?? ExportDates.ParseYear(parametres?.Child("ANNEE_SCOLAIRE")?.Attr("ANNEE"));
        var name = EmpStsName().Match(fileName);
        if (name.Success)
        {
            uai ??= name.Groups[1].Value.ToUpperInvariant();
            year ??= ExportDates.ParseYear(name.Groups[2].Value);
        }

        var note = new ReadWarning("FICHIER-EMP-STS",
            "Ce fichier est l'envoi du logiciel d'emploi du temps vers STS-Web (emp_sts, racine EDT_STS), pas l'export de STS-Web " +
            "(sts_emp, racine STS_EDT). Pour les contrôles, déposez l'export de STS-Web : menu Mise à jour > Exports > Emploi du temps.");
        return new ExportIdentity(ExportKind.EdtSts, uai, year, ExportDates.Parse(parametres?.Value("HORODATAGE"))) { Notes = [note] };
    }

    private static ExportIdentity EdtChiffre(XmlReader reader)
    {
        // The envelope is small but CONTENU (base64) can be megabytes: skip it and read the clear elements after it.
        string? uai = null, logiciel = null, dateHeure = null;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "UAI": uai = reader.ReadElementContentAsString().Trim(); break;
                case "LOGICIEL": logiciel = reader.ReadElementContentAsString().Trim(); break;
                case "DATEHEURE": dateHeure = reader.ReadElementContentAsString().Trim(); break;
                default: reader.Skip(); break;
            }
        }

        var date = ExportDates.Parse(dateHeure);
        return new ExportIdentity(ExportKind.EdtChiffre, NullIfEmpty(uai), date is { } d ? ExportDates.SchoolYearOf(d) : null, date)
        {
            Variant = NullIfEmpty(logiciel),
        };
    }

    private static ExportIdentity EdtClair(XmlReader reader)
    {
        var uai = NullIfEmpty(reader.GetAttribute("UAI")?.Trim());
        var annee = FindHeader(reader, "AnneeScolaire", stopAt: null);
        var debut = ExportDates.Parse(annee?.Attr("DateDebut"));
        return new ExportIdentity(ExportKind.EdtClair, uai, debut is { } d ? ExportDates.SchoolYearOf(d) : null, null);
    }

    private static ExportIdentity EdtTexte(XmlReader reader)
    {
        var nom = reader.GetAttribute("nom");
        var first = FirstChildName(reader);
        if (first is "Cours" or "Cours_annuels" || string.Equals(nom, "Cours", StringComparison.OrdinalIgnoreCase))
        {
            return new ExportIdentity(ExportKind.EdtTexte, null, null, null);
        }

        return ExportIdentity.Unknown(
            $"Export texte d'EDT de type « {nom ?? first ?? "?"} » : seul l'export de type Cours (format XML) est lu par EntSync.");
    }

    private static ExportIdentity ImportEleves(XmlReader reader, string fileName)
    {
        LightElement? parametres = null;
        var seen = 0;
        foreach (var r in reader.StartElements())
        {
            if (++seen > HeaderElementBudget * 10) break;
            switch (r.LocalName)
            {
                case "PARAMETRES" when parametres is null:
                    parametres = LightElement.Read(r);
                    break;
                case "GROUPES" or "GROUPE" or "CODE_GROUPE":
                    var year = ExportDates.ParseYear(parametres?.Value("ANNEE_SCOLAIRE"));
                    var name = EleveGroupeName().Match(fileName);
                    return new ExportIdentity(ExportKind.EleveGroupe, parametres?.Value("UAJ") ?? (name.Success ? name.Groups[1].Value : null),
                        year ?? (name.Success ? ExportDates.ParseYear(name.Groups[2].Value) : null),
                        ExportDates.Parse(parametres?.Value("DATE_IMPORT")));
                case "SCOLARITE_ACTIVE" or "RESPONSABLES_ELEVE":
                    return ExportIdentity.Unknown(
                        "Fichier « import privé » d'élèves vers SIECLE (racine IMPORT_ELEVES avec scolarité) : hors du périmètre d'EntSync.");
            }
        }

        return ExportIdentity.Unknown("Fichier IMPORT_ELEVES sans groupes : ni un fichier de liens élève-groupe, ni un export reconnu.");
    }

    /// <summary>Reads the first element named <paramref name="name"/> below the root, giving up at <paramref name="stopAt"/>.</summary>
    private static LightElement? FindHeader(XmlReader reader, string name, string? stopAt)
    {
        var seen = 0;
        foreach (var r in reader.StartElements())
        {
            if (r.LocalName == name) return LightElement.Read(r);
            if (r.LocalName == stopAt || ++seen > HeaderElementBudget) return null;
        }

        return null;
    }

    private static string? FirstChildName(XmlReader reader)
    {
        if (reader.IsEmptyElement) return null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element) return reader.LocalName;
            if (reader.NodeType == XmlNodeType.EndElement) return null;
        }

        return null;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}

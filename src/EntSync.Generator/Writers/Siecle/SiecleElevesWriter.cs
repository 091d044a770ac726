using System.IO.Compression;
using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Siecle;

/// <summary>
/// Writes ExportXML_ElevesAvecAdresses.zip holding ElevesAvecAdresses.xml, as BEE delivers it (FORMATS.md §1–2). A pupil
/// without a division gets no D structure; a pupil with neither division nor group gets no STRUCTURES_ELEVE block.
/// </summary>
internal sealed class SiecleElevesWriter : IExportWriter
{
    public const string ZipName = "ExportXML_ElevesAvecAdresses.zip";
    public const string EntryName = "ElevesAvecAdresses.xml";

    public IReadOnlyList<string> Write(GeneratedSchool school, string directory)
    {
        var path = Path.Combine(directory, ZipName);
        using (var zip = new ZipArchive(new FileStream(path, FileMode.Create, FileAccess.ReadWrite), ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry(EntryName, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(school.ExportTime, DateTimeKind.Unspecified), TimeSpan.Zero);
            using var stream = entry.Open();
            BeeXml.Write(stream, "BEE_ELEVES", "3.0", school, w => Donnees(w, school));
        }

        return [path];
    }

    private static void Donnees(XmlWriter w, GeneratedSchool school)
    {
        var eleves = school.Eleves.Where(e => e.DansSiecle).ToList();
        w.WriteStartElement("ELEVES");
        foreach (var e in eleves) Eleve(w, e, school);
        w.WriteEndElement();

        w.WriteStartElement("STRUCTURES");
        var horsSts = school.Groupes.Where(g => g.HorsSts).Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var e in eleves) Structures(w, horsSts.Count == 0 ? e : e with { Groupes = e.Groupes.Where(g => !horsSts.Contains(g)).ToList() });
        w.WriteEndElement();

        BeeXml.Adresses(w, eleves.Select(e => e.Adresse));
    }

    private static void Eleve(XmlWriter w, GenEleve e, GeneratedSchool school)
    {
        w.WriteStartElement("ELEVE");
        w.WriteAttributeString("ELEVE_ID", BeeXml.Id(e.EleveId));
        w.WriteAttributeString("ELENOET", e.Elenoet);
        BeeXml.Element(w, "ID_NATIONAL", e.Ine);
        BeeXml.Element(w, "ELENOET", e.Elenoet);
        BeeXml.Element(w, "ID_ELEVE_ETAB", e.Elenoet.PadLeft(5, '0') + school.Uai[1..^1]);
        BeeXml.Element(w, "NOM_DE_FAMILLE", e.NomDeFamille);
        BeeXml.Element(w, "NOM_USAGE", e.NomUsage);
        BeeXml.Element(w, "PRENOM", e.Prenom);
        BeeXml.Element(w, "PRENOM2", e.Prenom2);
        BeeXml.Element(w, "DATE_NAISS", e.DateNaiss);
        BeeXml.Element(w, "DOUBLEMENT", "0");
        BeeXml.Element(w, "CODE_PAYS", e.CodePays);
        BeeXml.Element(w, "DATE_ENTREE", e.DateEntree);
        BeeXml.Element(w, "DATE_SORTIE", e.DateSortie);
        BeeXml.Element(w, "CODE_REGIME", "2");
        BeeXml.Element(w, "CODE_SEXE", e.CodeSexe);
        BeeXml.Element(w, "CODE_STATUT", "ST");
        BeeXml.Element(w, "CODE_MEF", e.CodeMef);
        BeeXml.Element(w, "CODE_DEPARTEMENT_NAISS", e.CodeDepartementNaiss is { } d ? "0" + d : null);
        BeeXml.Element(w, "CODE_COMMUNE_INSEE_NAISS", e.CodeCommuneInseeNaiss);
        BeeXml.Element(w, "ADRESSE_ID", e.Adresse is { } a ? BeeXml.Id(a.AdresseId) : null);
        w.WriteEndElement();
    }

    private static void Structures(XmlWriter w, GenEleve e)
    {
        if (e.Division is null && e.Groupes.Count == 0) return;
        w.WriteStartElement("STRUCTURES_ELEVE");
        w.WriteAttributeString("ELEVE_ID", BeeXml.Id(e.EleveId));
        w.WriteAttributeString("ELENOET", e.Elenoet);
        if (e.Division is not null) Structure(w, e.Division, "D");
        foreach (var g in e.Groupes) Structure(w, g, "G");
        w.WriteEndElement();
    }

    private static void Structure(XmlWriter w, string code, string type)
    {
        w.WriteStartElement("STRUCTURE");
        BeeXml.Element(w, "CODE_STRUCTURE", code);
        BeeXml.Element(w, "TYPE_STRUCTURE", type);
        w.WriteEndElement();
    }
}

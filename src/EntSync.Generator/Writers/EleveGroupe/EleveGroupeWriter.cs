using System.Globalization;
using System.IO.Compression;
using System.Xml;
using EntSync.Generator.Model;
using EntSync.Generator.Writers.Sts;

namespace EntSync.Generator.Writers.EleveGroupe;

/// <summary>
/// Writes the "liens élève-groupe" file a timetable software sends to SIECLE (FORMATS.md §12): the archive
/// <c>&lt;UAI&gt;ELEGROUPE&lt;AAAA&gt;&lt;AAMMJJhhmmss&gt;.zip</c> holding the same-named .xml (root IMPORT_ELEVES). Pupils are
/// identified by ELEVE_ID; a pupil without any group is left out, since the schema requires at least one GROUPE. The
/// pupils and groups are the timetable's (<see cref="GenEleve.GroupesEdt"/>); the name can be overridden to plant a renamed file.
/// </summary>
internal sealed class EleveGroupeWriter : IExportWriter
{
    public IReadOnlyList<string> Write(GeneratedSchool school, string directory)
    {
        var name = school.NomFichierEleveGroupe
                   ?? $"{school.Uai}ELEGROUPE{school.SchoolYear}{school.ExportTime.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture)}";
        var path = Path.Combine(directory, name + ".zip");
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var entry = zip.CreateEntry(name + ".xml", CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(school.ExportTime, TimeSpan.Zero);
        using (var stream = entry.Open())
        using (var w = Latin9Xml.Create(stream))
        {
            w.WriteStartElement("IMPORT_ELEVES");
            w.WriteAttributeString("VERSION", "1.4");
            w.WriteStartElement("PARAMETRES");
            w.Element("UAJ", school.Uai);
            w.Element("ANNEE_SCOLAIRE", school.SchoolYear);
            w.Element("DATE_IMPORT", school.ExportTime.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            w.Element("NUM_ENVOI", 1);
            w.Element("LOGICIEL", "EDT");
            w.WriteEndElement();
            w.WriteStartElement("DONNEES");
            w.WriteStartElement("ELEVES");
            foreach (var e in school.Eleves)
            {
                if (e.DansEdt && e.GroupesEdt.Count > 0) WriteEleve(w, e);
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        return [path];
    }

    private static void WriteEleve(XmlWriter w, GenEleve e)
    {
        w.WriteStartElement("ELEVE");
        w.Element("ELEVE_ID", e.EleveId);
        w.Element("NOM_DE_FAMILLE", e.NomDeFamille);
        w.Element("NOM_USAGE", e.NomUsage);
        w.Element("PRENOM", e.Prenom);
        w.Element("PRENOM2", e.Prenom2);
        w.Element("DATE_NAISS", e.DateNaiss?.Iso());
        w.WriteStartElement("GROUPES");
        foreach (var g in e.GroupesEdt)
        {
            w.WriteStartElement("GROUPE");
            w.Element("CODE_GROUPE", g);
            w.Element("DATE_FIN_GROUPE", e.DateSortieEdt?.Iso());
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }
}

using System.Globalization;
using System.IO.Compression;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Udt;

/// <summary>
/// Writes the UDT → ENT export as ODE's automatic import expects it: <c>&lt;UAI&gt;_&lt;yyyyMMddHHmmss&gt;_UDT.zip</c> holding the
/// UDCal files ODE reads (FORMATS.md §11.1). UDT's internal codes: teachers and pupils by their list position, subjects by
/// their management code (code_gep1 = national code), divisions by their STS code, groups by their code within the division.
/// </summary>
internal sealed class UdtWriter : IExportWriter
{
    public IReadOnlyList<string> Write(GeneratedSchool school, string directory)
    {
        var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{school.Uai}_{school.ExportTime:yyyyMMddHHmmss}_UDT.zip"));
        var codes = new UdtCodes(school);
        using (var file = File.Create(path))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            var t = school.ExportTime;
            UdtXmlEntry.Write(zip, "UDCal_00.xml", t, "parametres", w =>
            {
                w.WriteStartElement("init");
                w.Attr("premiere_semaine_ISO", Int(ISOWeek.GetWeekOfYear(school.PremierLundi.ToDateTime(TimeOnly.MinValue))));
                // Minutes assumed; ODE halves it and adds it as seconds, but only when a demi_seq has no hre_fin.
                w.Attr("duree_seq", "60");
                w.WriteEndElement();
            });
            UdtXmlEntry.Write(zip, "UDCal_03.xml", t, "salles", w =>
            {
                foreach (var s in school.Salles) Record(w, "salle", ("code", s.Code), ("nom", s.Nom));
            });
            UdtXmlEntry.Write(zip, "UDCal_04.xml", t, "profs", w =>
            {
                foreach (var p in school.Individus.Where(i => i.Fonction == "ENS"))
                {
                    Record(w, "prof", ("code", Int(p.Numero)), ("epj", Int(p.Id)), ("nom", p.NomUsage), ("prenom", p.Prenom),
                        ("civilite", p.Sexe == "2" ? "MME" : "M."),
                        ("mail", $"{SchoolBuilder.Ascii(p.Prenom)}.{SchoolBuilder.Ascii(p.NomUsage)}@ac-exemple.fr"),
                        ("date_naissance", Date(p.DateNaissance)), ("code_matppl", codes.Matiere(p.DisciplineCode)));
                }
            });
            UdtXmlEntry.Write(zip, "UDCal_05.xml", t, "mats", w =>
            {
                foreach (var m in school.Matieres) Record(w, "mat", ("code", m.CodeGestion), ("libelle", m.LibelleLong), ("code_gep1", m.Code));
            });
            UdtTimetableEntries.Write(zip, school, codes);
            UdtXmlEntry.Write(zip, "UDCal_08.xml", t, "divs", w =>
            {
                foreach (var d in school.Divisions) Record(w, "div", ("code", d.Code), ("libelle", d.LibelleLong), ("code_sts", d.Code), ("code_gep", d.CodeMef));
            });
            UdtXmlEntry.Write(zip, "UDCal_10.xml", t, "eleves", w =>
            {
                foreach (var e in school.Eleves.Where(e => e.DansEdt))
                {
                    Record(w, "eleve", ("code", Int(e.Numero)), ("nom", e.NomDeFamille), ("prenom", e.Prenom),
                        ("naissance", e.DateNaiss is { } d ? Date(d) : null));
                }
            });
            UdtXmlEntry.Write(zip, "UDCal_19.xml", t, "gpes", w =>
            {
                foreach (var g in school.Groupes)
                {
                    var (division, code, id) = codes.Groupe(g.Code)!.Value;
                    Record(w, "gpe", ("code", code), ("code_div", division), ("code_sts", g.Code), ("nom", g.LibelleLong), ("id", id));
                }
            });
            UdtXmlEntry.Write(zip, "UDCal_21.xml", t, "ele_gpes", w =>
            {
                foreach (var e in school.Eleves.Where(e => e.DansEdt))
                {
                    foreach (var g in e.GroupesEdt)
                    {
                        var (division, code, _) = codes.Groupe(g) ?? (e.DivisionEdt ?? "", g, "");
                        Record(w, "ele_gpe", ("ele", Int(e.Numero)), ("gpe", code), ("code_div", division));
                    }
                }
            });
            UdtXmlEntry.Write(zip, "UDCal_24.xml", t, "calendrier", w => WriteCalendar(w, school));
        }

        return [path];
    }

    private static void WriteCalendar(System.Xml.XmlWriter w, GeneratedSchool school)
    {
        var y = school.SchoolYear;
        w.WriteElementString("annee", Int(y));
        w.WriteElementString("debut_eleve", Date(school.DebutAnnee));
        w.WriteElementString("fin_eleve", Date(school.FinAnnee));
        w.WriteStartElement("fermetures");
        Record(w, "fermeture", ("debut", Date(new DateOnly(y, 10, 17))), ("fin", Date(new DateOnly(y, 11, 2))));
        Record(w, "fermeture", ("debut", Date(new DateOnly(y, 12, 19))), ("fin", Date(new DateOnly(y + 1, 1, 3))));
        w.WriteEndElement();
    }

    internal static void Record(System.Xml.XmlWriter w, string name, params (string Name, string? Value)[] attributes)
    {
        w.WriteStartElement(name);
        foreach (var (n, v) in attributes) w.Attr(n, v);
        w.WriteEndElement();
    }

    internal static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

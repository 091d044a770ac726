using System.IO.Compression;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Udt;

/// <summary>The grid and the courses: UDCal_07 (demi-séquences), UDCal_11 (fiches) and UDCal_12 (lignes de fiches).</summary>
internal static class UdtTimetableEntries
{
    public static void Write(ZipArchive zip, GeneratedSchool school, UdtCodes codes)
    {
        var t = school.ExportTime;
        var layout = new UdtTimetableLayout(school.Cours);
        UdtXmlEntry.Write(zip, "UDCal_07.xml", t, "demi_seqs", w =>
        {
            foreach (var jour in layout.Jours)
            {
                foreach (var (code, start, end) in layout.DemiSequences)
                {
                    UdtWriter.Record(w, "demi_seq", ("code", UdtWriter.Int(code)), ("code_jour", UdtWriter.Int(jour)),
                        ("code_site", UdtTimetableLayout.Site), ("hre_deb", UdtTimetableLayout.Hour(start)), ("hre_fin", UdtTimetableLayout.Hour(end)));
                }
            }
        });
        UdtXmlEntry.Write(zip, "UDCal_11.xml", t, "fiches", w =>
        {
            foreach (var (code, jour, demi) in layout.Fiches)
            {
                UdtWriter.Record(w, "fiche", ("code", code), ("jour", UdtWriter.Int(jour)), ("demi_seq", UdtWriter.Int(demi)), ("site", UdtTimetableLayout.Site));
            }
        });

        var lignes = school.Cours.Select(c => (Cours: c, Ligne: Ligne(c, codes))).ToList();
        var ligneCodes = UdtTimetableLayout.LigneCodes(lignes.Select(l => (l.Cours, l.Ligne.Key)));
        UdtXmlEntry.Write(zip, "UDCal_12.xml", t, "ligfiches", w =>
        {
            foreach (var (c, l) in lignes)
            {
                UdtWriter.Record(w, "ligfiche", ("code", ligneCodes[c.Numero]), ("fic", layout.FicheOf(c)), ("div", l.Div), ("mat", l.Mat),
                    ("prof", l.Prof), ("salle", c.Salle), ("rgpmt", "0"), ("gpe", l.Gpe), ("idgpe", l.IdGpe));
            }
        });
    }

    private static (string Div, string? Mat, string? Prof, string? Gpe, string? IdGpe, string Key) Ligne(GenCours c, UdtCodes codes)
    {
        string div = c.StructureCode;
        string? gpe = null, idgpe = null;
        if (c.SurGroupe && codes.Groupe(c.StructureCode) is { } g)
        {
            (div, gpe, idgpe) = g.Division.Length > 0 ? (g.Division, g.Code, g.Id) : (c.StructureCode, g.Code, g.Id);
        }

        var mat = codes.Matiere(c.CodeMatiere);
        var prof = codes.Professeur(c.Enseignant);
        return (div, mat, prof, gpe, idgpe, $"{div}\u0001{mat}\u0001{prof}\u0001{gpe}");
    }
}

using System.Globalization;
using System.Xml;
using EntSync.Core.Model.Udt;
using EntSync.Core.Xml;

namespace EntSync.Core.Readers.Udt;

/// <summary>
/// Streams one UDCal entry into the builder. Like ODE, records are recognised by element name wherever they sit (the
/// root's name is not relied on) and only their attributes are read; attribute order and unknown attributes do not matter.
/// </summary>
internal static class UdtEntryReader
{
    /// <summary>The UDCal numbers this reader uses; other entries are not even opened.</summary>
    public static bool IsRead(int number) => RecordOf(number) is not null;

    private static (string Record, string[] Attributes)? RecordOf(int number) => number switch
    {
        0 => ("init", ["premiere_semaine_ISO", "duree_seq"]),
        3 => ("salle", ["code", "nom"]),
        4 => ("prof", ["code", "epj", "nom", "prenom", "civilite", "mail", "date_naissance", "code_matppl"]),
        5 => ("mat", ["code", "libelle", "code_gep1"]),
        7 => ("demi_seq", ["code", "code_jour", "code_site", "hre_deb", "hre_fin"]),
        8 => ("div", ["code", "libelle", "code_sts", "code_gep"]),
        10 => ("eleve", ["code", "nom", "prenom", "naissance"]),
        11 => ("fiche", ["code", "jour", "demi_seq", "site"]),
        12 => ("ligfiche", ["code", "fic", "div", "mat", "prof", "salle", "rgpmt", "gpe", "idgpe"]),
        19 => ("gpe", ["code", "code_div", "code_sts", "nom", "id"]),
        21 => ("ele_gpe", ["ele", "gpe", "code_div", "semaines", "theorique"]),
        24 => ("fermeture", ["debut", "fin"]),
        _ => null,
    };

    public static void Read(XmlReader reader, UdtEntryName name, UdtExportBuilder into)
    {
        var (record, attributeNames) = RecordOf(name.Number)!.Value;
        var a = new UdtAttributes(attributeNames);
        var source = new Source(name.FileName, (IXmlLineInfo)reader, into);
        foreach (var r in reader.StartElements())
        {
            if (name.Number == 24 && ReadCalendarText(r, into, name.FileName)) continue;
            if (!r.LocalName.Equals(record, StringComparison.OrdinalIgnoreCase)) continue;
            a.Read(r);
            Add(name, a, into, source);
        }
    }

    /// <summary>Where a record comes from, for the warning of a date that cannot be read.</summary>
    private readonly record struct Source(string Entry, IXmlLineInfo LineInfo, UdtExportBuilder Into)
    {
        public DateOnly? Date(string? text, string field) => Into.Date(text, Entry, field, LineInfo.LineNumber);
    }

    private static bool ReadCalendarText(XmlReader r, UdtExportBuilder into, string entry)
    {
        var local = r.LocalName;
        var isAnnee = local.Equals("annee", StringComparison.OrdinalIgnoreCase);
        var isDebut = !isAnnee && local.Equals("debut_eleve", StringComparison.OrdinalIgnoreCase);
        if (!isAnnee && !isDebut && !local.Equals("fin_eleve", StringComparison.OrdinalIgnoreCase)) return false;

        var e = LightElement.Read(r);
        var text = e.Text.Trim() is { Length: > 0 } t ? t : null;
        if (isAnnee) into.Annee ??= text;
        else if (isDebut) into.DebutEleve ??= into.Date(text, entry, "debut_eleve", e.Line);
        else into.FinEleve ??= into.Date(text, entry, "fin_eleve", e.Line);
        return true;
    }

    private static void Add(UdtEntryName name, UdtAttributes a, UdtExportBuilder into, Source source)
    {
        var p = into.Codes;
        switch (name.Number)
        {
            case 0:
                into.Init ??= new UdtInit(Int(a[0]), Int(a[1]));
                break;
            case 3:
                into.Salles.Add(new UdtSalle(a[0], a[1]));
                break;
            case 4:
                into.Professeurs.Add(new UdtProfesseur
                {
                    Code = a[0], Epj = a[1], Nom = a[2], Prenom = a[3], Civilite = a[4], Mail = a[5],
                    DateNaissance = source.Date(a[6], "date_naissance"), CodeMatppl = a[7],
                });
                break;
            case 5:
                into.Matieres.Add(new UdtMatiere(a[0], a[1], a[2]));
                break;
            case 7:
                into.DemiSequences.Add(new UdtDemiSequence(a[0], a[1], a[2], a[3], a[4]));
                break;
            case 8:
                into.Divisions.Add(new UdtDivision(a[0], a[1], a[2], a[3]));
                break;
            case 10:
                into.Eleves.Add(new UdtEleve(a[0], a[1], a[2], source.Date(a[3], "naissance")));
                break;
            case 11:
                into.Fiches.Add(new UdtFiche(a[0], a[1], a[2], a[3]));
                break;
            case 12:
                into.Lignes.Add(new UdtLigneFiche
                {
                    Code = a[0], Fic = p.Share(a[1]), Div = p.Share(a[2]), Mat = p.Share(a[3]), Prof = p.Share(a[4]),
                    Salle = p.Share(a[5]), Rgpmt = p.Share(a[6]), Gpe = p.Share(a[7]), IdGpe = p.Share(a[8]),
                    Semaine = name.Week,
                });
                break;
            case 19:
                into.Groupes.Add(new UdtGroupe(a[0], a[1], a[2], a[3], a[4]));
                break;
            case 21:
                into.ElevesGroupes.Add(new UdtEleveGroupe(a[0], p.Share(a[1]), p.Share(a[2]), p.Share(a[3]), p.Share(a[4])));
                break;
            case 24:
                into.Fermetures.Add(new UdtFermeture(source.Date(a[0], "fermeture/debut"), source.Date(a[1], "fermeture/fin")));
                break;
        }
    }

    private static int? Int(string? s) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}

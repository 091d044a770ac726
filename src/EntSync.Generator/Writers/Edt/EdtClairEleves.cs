using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Edt;

/// <summary>The groups (with their pupils) and the pupils (with up to two legal guardians) of the clear export.</summary>
internal static class EdtClairEleves
{
    public static void WriteGroupes(XmlWriter xml, GeneratedSchool school, EdtIdents ids)
    {
        var members = new Dictionary<string, List<GenEleve>>(StringComparer.Ordinal);
        foreach (var e in school.Eleves)
        {
            if (!e.DansEdt) continue;
            foreach (var g in e.GroupesEdt)
            {
                if (!members.TryGetValue(g, out var list)) members[g] = list = [];
                list.Add(e);
            }
        }

        xml.WriteStartElement("Groupes");
        foreach (var g in school.Groupes)
        {
            xml.WriteStartElement("Groupe");
            xml.WriteAttributeString("Ident", EdtClairContent.Ident(ids.Groupes[g.Code]));
            xml.WriteAttributeString("Nom", g.Code);
            foreach (var d in g.Divisions)
            {
                if (ids.Divisions.TryGetValue(d, out var classe)) EdtClairContent.Empty(xml, "Classe", ("Ident", EdtClairContent.Ident(classe)));
            }

            foreach (var e in members.GetValueOrDefault(g.Code) ?? [])
            {
                EdtClairContent.Empty(xml, "Eleve", ("Ident", EdtClairContent.Ident(e.Numero)),
                    ("DateEntree", EdtClairContent.Date(e.DateEntree)), ("DateSortie", EdtClairContent.Date(e.DateSortieEdt ?? school.FinAnnee)));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    public static void Write(XmlWriter xml, GeneratedSchool school, EdtIdents ids)
    {
        var personnes = school.Personnes.ToDictionary(p => p.PersonneId);
        var legaux = new Dictionary<int, List<GenLienResponsable>>();
        foreach (var l in school.Liens)
        {
            if (l.NiveauResponsabilite != 1 || !personnes.ContainsKey(l.PersonneId)) continue;
            if (!legaux.TryGetValue(l.EleveId, out var list)) legaux[l.EleveId] = list = [];
            list.Add(l);
        }

        xml.WriteStartElement("Eleves");
        foreach (var e in school.Eleves)
        {
            if (!e.DansEdt) continue;
            xml.WriteStartElement("Eleve");
            xml.WriteAttributeString("Ident", EdtClairContent.Ident(e.Numero));
            xml.WriteAttributeString("Nom", e.NomDeFamille);
            xml.WriteAttributeString("Prenom", e.Prenom);
            // The schema requires the attribute; EDT writes it empty when SIECLE has no date.
            xml.WriteAttributeString("DateNaissance", e.DateNaiss is { } n ? EdtClairContent.Date(n) : "");
            if (e.CodeSexe is "1" or "2") xml.WriteAttributeString("Sexe", e.CodeSexe == "1" ? "Masculin" : "Feminin");
            // A pupil created by hand in EDT has no SIECLE identifiers.
            if (e.Ine is not null && e.DansSiecle) xml.WriteAttributeString("NumeroNational", e.Ine);
            if (e.DansSiecle) xml.WriteAttributeString("IDSconet", EdtClairContent.Ident(e.EleveId));

            var rang = 0;
            foreach (var l in (legaux.GetValueOrDefault(e.EleveId) ?? []).OrderBy(l => l.RespLegal == 0 ? 9 : l.RespLegal).Take(2))
            {
                WriteResponsable(xml, personnes[l.PersonneId], ++rang);
            }

            if (e.DivisionEdt is { } division && ids.Divisions.TryGetValue(division, out var classe))
            {
                EdtClairContent.Empty(xml, "Classe", ("Ident", EdtClairContent.Ident(classe)),
                    ("DateEntree", EdtClairContent.Date(e.DateEntree)), ("DateSortie", EdtClairContent.Date(e.DateSortieEdt ?? school.FinAnnee)));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteResponsable(XmlWriter xml, GenPersonne p, int rang) =>
        EdtClairContent.Empty(xml, "Responsable",
            ("Ident", EdtClairContent.Ident(p.PersonneId)),
            ("RespLegal", EdtClairContent.Ident(rang)),
            ("Nom", p.NomUsage ?? p.NomDeFamille),
            ("Prenom", p.Prenom),
            ("Civilite", p.Civilite == "MME" ? "Mme" : p.Civilite),
            ("Adresse1", p.Adresse.Ligne1),
            ("CodePostal", p.Adresse.CodePostal),
            ("Ville", p.Adresse.Commune));
}

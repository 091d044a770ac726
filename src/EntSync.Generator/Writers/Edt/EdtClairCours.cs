using System.Globalization;
using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Edt;

/// <summary>The courses of the clear export: every participant carries the course's week mask.</summary>
internal static class EdtClairCours
{
    public static void Write(XmlWriter xml, GeneratedSchool school, EdtIdents ids)
    {
        var semaines = EdtSemaines.NombreDeSemaines(school);
        xml.WriteStartElement("Cours");
        foreach (var c in school.Cours)
        {
            var mask = EdtSemaines.Masque(c.Alternance, semaines).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("Cours");
            xml.WriteAttributeString("Jour", EdtClairContent.Ident(c.Jour));
            xml.WriteAttributeString("NumeroPlaceDebut", EdtClairContent.Ident(EdtClairContent.Place(c.HeureDebut)));
            xml.WriteAttributeString("NombrePlaces", EdtClairContent.Ident(Math.Max(1, (c.DureeMinutes + 59) / 60)));
            EdtClairContent.Empty(xml, "Matiere", ("Ident", ids.Matieres.TryGetValue(c.CodeMatiere, out var m) ? EdtClairContent.Ident(m) : c.CodeMatiere));
            if (c.Enseignant is { } id && ids.Individus.TryGetValue(id, out var prof))
            {
                Item(xml, "Professeur", prof.Numero, mask);
            }

            if (c.PartieDeClasse is not null)
            {
                Item(xml, "PartieDeClasse", ids.Parties[(ids.DivisionOf(c), c.PartieDeClasse)], mask);
            }
            else if (!c.SurGroupe && ids.Divisions.TryGetValue(c.StructureCode, out var classe))
            {
                Item(xml, "Classe", classe, mask);
            }

            if (c.SurGroupe && c.PartieDeClasse is null && ids.Groupes.TryGetValue(c.StructureCode, out var groupe))
            {
                Item(xml, "Groupe", groupe, mask);
            }

            if (ids.Salles.TryGetValue(c.Salle, out var salle)) Item(xml, "Salle", salle, mask);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Item(XmlWriter xml, string name, int ident, string mask) =>
        EdtClairContent.Empty(xml, name, ("Ident", EdtClairContent.Ident(ident)), ("Semaines", mask));
}

using System.Xml;
using EntSync.Generator.Model;

namespace EntSync.Generator.Writers.Siecle;

/// <summary>Writes ResponsablesAvecAdresses.xml in the layout SIECLE uses since 2019 (VERSION 2.1, NIVEAU_RESPONSABILITE).</summary>
internal sealed class SiecleResponsablesWriter : IExportWriter
{
    public const string FileName = "ResponsablesAvecAdresses.xml";

    public IReadOnlyList<string> Write(GeneratedSchool school, string directory) =>
        [BeeXml.WriteFile(Path.Combine(directory, FileName), "BEE_RESPONSABLES", "2.1", school, w => Donnees(w, school))];

    private static void Donnees(XmlWriter w, GeneratedSchool school)
    {
        w.WriteStartElement("PERSONNES");
        foreach (var p in school.Personnes) Personne(w, p);
        w.WriteEndElement();

        w.WriteStartElement("RESPONSABLES");
        foreach (var l in school.Liens) Lien(w, l);
        w.WriteEndElement();

        BeeXml.Adresses(w, school.Personnes.Select(p => p.Adresse));
    }

    private static void Personne(XmlWriter w, GenPersonne p)
    {
        w.WriteStartElement("PERSONNE");
        w.WriteAttributeString("PERSONNE_ID", BeeXml.Id(p.PersonneId));
        BeeXml.Element(w, "LC_CIVILITE", p.Civilite);
        BeeXml.Element(w, "LL_CIVILITE", p.Civilite == "M." ? "MONSIEUR" : "MADAME");
        BeeXml.Element(w, "NOM_DE_FAMILLE", p.NomDeFamille);
        BeeXml.Element(w, "NOM_USAGE", p.NomUsage);
        BeeXml.Element(w, "PRENOM", p.Prenom);
        BeeXml.Element(w, "TEL_PERSONNEL", p.TelPersonnel);
        BeeXml.Element(w, "TEL_PORTABLE", p.TelPortable);
        BeeXml.Element(w, "ACCEPTE_SMS", p.TelPortable is null ? "0" : "1");
        BeeXml.Element(w, "MEL", p.Mel);
        BeeXml.Element(w, "COMMUNICATION_ADRESSE", "1");
        BeeXml.Element(w, "ADRESSE_ID", BeeXml.Id(p.Adresse.AdresseId));
        BeeXml.Element(w, "CODE_PROFESSION", p.CodeProfession);
        w.WriteEndElement();
    }

    private static void Lien(XmlWriter w, GenLienResponsable l)
    {
        var legal = l.NiveauResponsabilite == 1;
        w.WriteStartElement("RESPONSABLE_ELEVE");
        BeeXml.Element(w, "ELEVE_ID", BeeXml.Id(l.EleveId));
        BeeXml.Element(w, "PERSONNE_ID", BeeXml.Id(l.PersonneId));
        BeeXml.Element(w, "NIVEAU_RESPONSABILITE", l.NiveauResponsabilite);
        BeeXml.Element(w, "CODE_PARENTE", l.CodeParente);
        BeeXml.Element(w, "PAIE_FRAIS_SCOLAIRES", l.PaieFrais ? "1" : "0");
        BeeXml.Element(w, "PERCOIT_LES_AIDES", l.PaieFrais ? "true" : "false");
        BeeXml.Element(w, "HEBERGE_ELEVE", legal ? "true" : "false");
        BeeXml.Element(w, "A_CONTACTER_EN_PRIORITE", l.PaieFrais ? "true" : "false");
        w.WriteEndElement();
    }
}

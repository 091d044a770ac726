using EntSync.Core.Model.Siecle;
using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules.Siecle;

/// <summary>What the SIECLE rules need to know about guardians and their links to pupils.</summary>
internal static class SiecleResponsables
{
    /// <summary>
    /// A link of legal level: NIVEAU_RESPONSABILITE 1 in files since 2019, RESP_LEGAL 1 or 2 in older ones. Not
    /// <see cref="ResponsableEleve.LegalRank"/>, which the reader caps at two and so hides a third guardian.
    /// </summary>
    public static bool IsLegal(ResponsableEleve lien) =>
        lien.NiveauResponsabilite is { } niveau ? niveau == 1 : lien.RespLegal is 1 or 2;

    /// <summary>« MME MARTIN Léa » (NOM_USAGE when filled, else NOM_DE_FAMILLE).</summary>
    public static string Describe(Personne personne)
    {
        var nom = SiecleEleves.Blank(personne.NomUsage) ?? SiecleEleves.Blank(personne.NomDeFamille) ?? "(sans nom)";
        return string.Join(" ", new[] { SiecleEleves.Blank(personne.Civilite), nom, SiecleEleves.Blank(personne.Prenom) }.OfType<string>());
    }

    /// <summary>"e" for MME, "" for M., "(e)" when the civilité is unknown: « saisie », « responsable légale ».</summary>
    public static string Accord(Personne personne) =>
        NameKey.Normalize(personne.Civilite ?? personne.CiviliteLongue) switch
        {
            "M" or "MONSIEUR" => "",
            "MME" or "MADAME" or "MLLE" or "MADEMOISELLE" => "e",
            _ => "(e)",
        };

    /// <summary>Persons by PERSONNE_ID; the first fiche wins when an id is repeated.</summary>
    public static Dictionary<string, Personne> ById(SiecleResponsablesExport export)
    {
        var byId = new Dictionary<string, Personne>(export.Personnes.Count, StringComparer.Ordinal);
        foreach (var personne in export.Personnes) byId.TryAdd(personne.PersonneId, personne);
        return byId;
    }

    /// <summary>Links grouped by pupil, in file order.</summary>
    public static Dictionary<string, List<ResponsableEleve>> ByEleve(SiecleResponsablesExport export) =>
        Group(export.Responsables, l => l.EleveId);

    /// <summary>Links grouped by person, in file order.</summary>
    public static Dictionary<string, List<ResponsableEleve>> ByPersonne(SiecleResponsablesExport export) =>
        Group(export.Responsables, l => l.PersonneId);

    private static Dictionary<string, List<ResponsableEleve>> Group(IReadOnlyList<ResponsableEleve> liens, Func<ResponsableEleve, string> key)
    {
        var groups = new Dictionary<string, List<ResponsableEleve>>(StringComparer.Ordinal);
        foreach (var lien in liens)
        {
            if (!groups.TryGetValue(key(lien), out var list)) groups[key(lien)] = list = [];
            list.Add(lien);
        }

        return groups;
    }
}

using System.Runtime.CompilerServices;
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

    // Several checks look persons and links up the same ways: the tables are built once per export and shared by the
    // run, rather than once per check (≈ 175,000 persons and 200,000 links at académie scale).
    private static readonly ConditionalWeakTable<SiecleResponsablesExport, Dictionary<string, Personne>> SharedById = new();
    private static readonly ConditionalWeakTable<SiecleResponsablesExport, LinkGroups> SharedByEleve = new();
    private static readonly ConditionalWeakTable<SiecleResponsablesExport, LinkGroups> SharedByPersonne = new();

    /// <summary>Persons by PERSONNE_ID; the first fiche wins when an id is repeated. Shared by every check: read only.</summary>
    public static IReadOnlyDictionary<string, Personne> ById(SiecleResponsablesExport export) => SharedById.GetValue(export, Index);

    private static Dictionary<string, Personne> Index(SiecleResponsablesExport export)
    {
        var byId = new Dictionary<string, Personne>(export.Personnes.Count, StringComparer.Ordinal);
        foreach (var personne in export.Personnes) byId.TryAdd(personne.PersonneId, personne);
        return byId;
    }

    /// <summary>Links grouped by pupil, in file order. Shared by every check: read only.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ResponsableEleve>> ByEleve(SiecleResponsablesExport export) =>
        SharedByEleve.GetValue(export, e => new LinkGroups(e.Responsables, l => l.EleveId));

    /// <summary>Links grouped by person, in file order. Shared by every check: read only.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ResponsableEleve>> ByPersonne(SiecleResponsablesExport export) =>
        SharedByPersonne.GetValue(export, e => new LinkGroups(e.Responsables, l => l.PersonneId));
}

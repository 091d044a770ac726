using System.Globalization;
using System.Runtime.CompilerServices;
using EntSync.Core.Model.Siecle;

namespace EntSync.Core.Rules.Siecle;

/// <summary>What the SIECLE rules need to know about a pupil: still in the school, its INE, how to name it in a report.</summary>
internal static class SiecleEleves
{
    /// <summary>The pseudo-division SIECLE puts some leavers in (FORMATS.md §16.5): not a class.</summary>
    public const string Inactifs = "Inactifs";

    /// <summary>
    /// Still in the school: no DATE_SORTIE in the past and not parked in « Inactifs ». Leavers stay in the export all year;
    /// their fiches no longer feed the ENT, so their gaps are not worth a report line.
    /// </summary>
    public static bool IsActive(Eleve eleve, DateOnly today) =>
        (eleve.DateSortie is not { } sortie || sortie >= today) && !IsPseudoDivision(eleve.Division);

    public static bool IsPseudoDivision(string? division) =>
        string.Equals(division?.Trim(), Inactifs, StringComparison.OrdinalIgnoreCase);

    /// <summary>The INE: ID_NATIONAL, else INE_RNIE, else INE_BEA (the variants added in 2017); null when none is filled.</summary>
    public static string? Ine(Eleve eleve) =>
        new[] { eleve.Ine, eleve.IneRnie, eleve.IneBea }.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    /// <summary>The name as the ENT shows it: NOM_USAGE when filled, else NOM_DE_FAMILLE.</summary>
    public static string Nom(Eleve eleve) =>
        $"{Blank(eleve.NomUsage) ?? Blank(eleve.NomDeFamille) ?? "(sans nom)"} {eleve.Prenom?.Trim()}".TrimEnd();

    /// <summary>« MARTIN Léa (née le 12/03/2014, 6E2) », with « sortie le … » for a leaver.</summary>
    public static string Describe(Eleve eleve)
    {
        var details = new List<string>();
        if (eleve.DateNaiss is { } naissance)
        {
            details.Add($"né{Accord(eleve)} le {Date(naissance)}");
        }

        details.Add(Blank(eleve.Division) ?? "sans classe");
        if (eleve.DateSortie is { } sortie) details.Add($"sorti{Accord(eleve)} le {Date(sortie)}");
        return $"{Nom(eleve)} ({string.Join(", ", details)})";
    }

    /// <summary>"e" for a girl, "" for a boy, "(e)" when CODE_SEXE is missing: « née », « inscrite ».</summary>
    public static string Accord(Eleve eleve) => eleve.CodeSexe?.Trim() switch { "2" => "e", "1" => "", _ => "(e)" };

    /// <summary>The pupil's description, or its ELEVE_ID when the pupil export does not hold it.</summary>
    public static string Describe(string eleveId, IReadOnlyDictionary<string, Eleve>? eleves) =>
        eleves is not null && eleves.TryGetValue(eleveId, out var eleve) ? Describe(eleve) : $"l'élève ELEVE_ID {eleveId}";

    // Most SIECLE checks look pupils up by id: one table per export, shared by the run, rather than one per check
    // (100,000 entries each at académie scale, long-lived enough to end up as full-collection garbage).
    private static readonly ConditionalWeakTable<SiecleElevesExport, Dictionary<string, Eleve>> SharedById = new();

    /// <summary>Pupils by ELEVE_ID; the first fiche wins when an id is repeated. Shared by every check: read only.</summary>
    public static IReadOnlyDictionary<string, Eleve> ById(SiecleElevesExport export) => SharedById.GetValue(export, Index);

    private static Dictionary<string, Eleve> Index(SiecleElevesExport export)
    {
        var byId = new Dictionary<string, Eleve>(export.Eleves.Count, StringComparer.Ordinal);
        foreach (var eleve in export.Eleves) byId.TryAdd(eleve.EleveId, eleve);
        return byId;
    }

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using System.Reflection;

namespace EntSync.Core.Rules.Catalog;

/// <summary>
/// Every anomaly code EntSync can report. Codes are part of the product: printed in reports, searchable in the README,
/// stored in the state; never rename or reuse one.
/// </summary>
public static class AnomalyCatalog
{
    private static readonly Type[] Areas =
    [
        typeof(FichierAnomalies), typeof(SiecleAnomalies), typeof(StsAnomalies), typeof(StructureAnomalies),
        typeof(EdtAnomalies), typeof(EleveGroupeAnomalies), typeof(EntAnomalies), typeof(SourceAnomalies),
    ];

    public static IReadOnlyList<AnomalyDefinition> All { get; } = Areas
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(AnomalyDefinition))
        .Select(f => (AnomalyDefinition)f.GetValue(null)!)
        .ToList();

    public static AnomalyDefinition? Find(string code) => All.FirstOrDefault(d => d.Code == code);
}

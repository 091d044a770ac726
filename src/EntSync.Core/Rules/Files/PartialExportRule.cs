using System.Globalization;
using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Files;

/// <summary>
/// EXPORT-PARTIEL: pupils, guardians or courses fell by more than the threshold since the previous export of the same
/// kind. The classic cause is one class exported alone; sending such a file to the ENT would empty the others.
/// </summary>
public sealed class PartialExportRule : IAnomalyRule
{
    private static readonly (string Label, Func<ExportCounts, int?> Count)[] Measures =
    [
        ("élèves", c => c.Eleves), ("liens responsables", c => c.Responsables), ("responsables", c => c.Personnes), ("cours", c => c.Cours),
    ];

    public IReadOnlyList<string> Codes { get; } = [FichierAnomalies.ExportPartiel.Code];

    public string? MissingInput(SnapshotPair pair) => pair.Previous is null ? "pas d'export précédent pour comparer" : null;

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        foreach (var (kind, current) in pair.Current.Latest)
        {
            if (!pair.Previous!.Latest.TryGetValue(kind, out var previous) || current.Inspected.Counts is not { } now || previous.Inspected.Counts is not { } before)
            {
                continue;
            }

            foreach (var (label, count) in Measures)
            {
                if (count(before) is not { } was || count(now) is not { } @is || was == 0) continue;
                var drop = (was - @is) / (double)was;
                if (drop <= settings.PartialExportShare) continue;

                var percent = drop.ToString("P0", CultureInfo.GetCultureInfo("fr-FR"));
                yield return FichierAnomalies.ExportPartiel.Create(
                    $"{kind}:{label}",
                    $"{ExportKindLabels.French(kind)} : {@is} {label} contre {was} dans l'export précédent ({percent} de moins) — {current.File}.",
                    current.File, previous.File);
                break;
            }
        }
    }
}

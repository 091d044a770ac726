using System.Globalization;
using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Rules.Sources;

/// <summary>
/// SOURCE-MUETTE: an export kind watched in <see cref="SourceWatch.DaysByKind"/> whose last file was received more than
/// that many days ago. A kind never received is not flagged here: the checks that need it already say it is missing.
/// The subject is the kind's name, stable across runs, so the anomaly can be ignored for the holidays.
/// </summary>
public sealed class SilentSourceRule : IAnomalyRule
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public IReadOnlyList<string> Codes { get; } = [SourceAnomalies.Muette.Code];

    public string? MissingInput(SnapshotPair pair) => null;

    public IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings)
    {
        if (settings.Sources is not { } watch) yield break;
        foreach (var (kind, days) in watch.DaysByKind.Where(k => k.Value > 0).OrderBy(k => k.Key))
        {
            if (!watch.LastReceived.TryGetValue(kind, out var last)) continue;
            var silent = settings.Today.DayNumber - DateOnly.FromDateTime(last).DayNumber;
            if (silent <= days) continue;
            yield return SourceAnomalies.Muette.Create(kind.ToString(),
                $"{ExportKindLabels.French(kind)} : dernier fichier reçu le {last.ToString("dd/MM/yyyy", French)}, il y a {silent} jours " +
                $"(attendu au moins tous les {days} jour{(days > 1 ? "s" : "")}).");
        }
    }
}

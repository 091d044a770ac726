using System.Globalization;
using EntSync.Core.Model;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Relay;

/// <summary>
/// Decides, for one destination, what becomes of its waiting files, kind by kind (a destination taking several kinds
/// keeps one line per kind). Pure: the items of the destination and the establishment's latest checks in, decisions out.
/// In order: a file of another establishment is dropped; only the newest waiting file goes on, the others are superseded;
/// it must be newer than the last file delivered there (the same content is never registered twice); then it is held on
/// the first timetable file of a school year and on blocking anomalies, unless it was released by hand.
/// </summary>
public static class RelayGate
{
    public static IReadOnlyList<RelayDecision> Decide(RelayDestinationSettings destination, IReadOnlyList<RelayItem> items, RelayChecks? checks)
    {
        var delivered = items.Where(i => IsDelivered(destination, i)).ToList();
        var decisions = new List<RelayDecision>();
        foreach (var lane in items.Where(i => i.IsWaiting).GroupBy(i => i.Kind))
        {
            var waiting = new List<RelayItem>();
            foreach (var item in lane)
            {
                if (string.Equals(item.Uai, destination.Uai, StringComparison.OrdinalIgnoreCase)) waiting.Add(item);
                else decisions.Add(new RelayDecision(item, RelayAction.Ecarter, $"fichier de l'établissement {item.Uai}, pas de {destination.Uai}"));
            }

            var ordered = waiting.OrderByDescending(i => i.ExportedAt).ThenByDescending(i => i.FileId).ToList();
            if (ordered.Count == 0) continue;
            var newest = ordered[0];
            decisions.AddRange(ordered.Skip(1).Select(i => new RelayDecision(i, RelayAction.Remplacer,
                $"remplacé par un fichier plus récent (envoi n°{newest.Id}, exporté le {Fr(newest.ExportedAt)})")));
            decisions.Add(DecideNewest(destination, newest, delivered, checks));
        }

        return decisions;
    }

    /// <summary>Delivered, as far as this destination's mode is concerned: a simulated send does not count once it sends for real.</summary>
    public static bool IsDelivered(RelayDestinationSettings destination, RelayItem item) =>
        item.Status == RelayStatus.Envoye || (destination.Mode == RelayMode.Simulation && item.Status == RelayStatus.Simule);

    private static RelayDecision DecideNewest(RelayDestinationSettings destination, RelayItem item, IReadOnlyList<RelayItem> delivered, RelayChecks? checks)
    {
        var last = delivered.Where(d => d.Kind == item.Kind).OrderByDescending(d => d.ExportedAt).ThenByDescending(d => d.FileId).FirstOrDefault();
        if (last is not null && item.ExportedAt <= last.ExportedAt)
        {
            return new RelayDecision(item, RelayAction.Remplacer,
                $"pas plus récent que le fichier déjà envoyé (envoi n°{last.Id}, exporté le {Fr(last.ExportedAt)})");
        }

        if (item.Released) return new RelayDecision(item, RelayAction.Envoyer);

        if (destination.ManualFirstImportOfYear && RelayKinds.Timetable.Contains(item.Kind) && item.SchoolYear is { } year
            && !delivered.Any(d => RelayKinds.Timetable.Contains(d.Kind) && d.SchoolYear == year))
        {
            return new RelayDecision(item, RelayAction.Retenir,
                $"premier fichier de l'année scolaire {ExportKindLabels.SchoolYear(year)} pour cette destination : le premier import de l'année " +
                $"dans l'ENT se fait à la main ; faites-le, puis libérez ce fichier (entsync ent release {item.Id})",
                EntAnomalies.RentreeImportManuel.Code);
        }

        var blocking = Blocking(destination, item, checks);
        if (blocking.Count > 0)
        {
            return new RelayDecision(item, RelayAction.Retenir,
                $"les derniers contrôles de l'établissement signalent {string.Join(", ", blocking)} ; corrigez puis refaites l'export, " +
                $"ou libérez ce fichier (entsync ent release {item.Id})",
                EntAnomalies.EnvoiEnAttente.Code);
        }

        return new RelayDecision(item, RelayAction.Envoyer);
    }

    /// <summary>
    /// The blocking codes among the latest checks. Checks made for another school year say nothing of this file (the
    /// first file of a new year is held anyway); checks of an unknown year apply.
    /// </summary>
    private static List<string> Blocking(RelayDestinationSettings destination, RelayItem item, RelayChecks? checks)
    {
        if (checks is null) return [];
        if (checks.SchoolYear is { } checkedYear && item.SchoolYear is { } year && checkedYear != year) return [];
        var codes = destination.BlockingCodes.Concat(RelayKinds.PreChecks(item.Kind));
        return codes.Where(checks.Codes.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static string Fr(DateTime date) => date.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}

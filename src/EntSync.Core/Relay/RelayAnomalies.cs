using System.Globalization;
using EntSync.Core.Model;
using EntSync.Core.Rules;
using EntSync.Core.Rules.Catalog;

namespace EntSync.Core.Relay;

/// <summary>
/// The ENT-* anomalies of one destination, read from the state of its items after a run (so a held or failing file
/// keeps its anomaly open, and the anomaly resolves by itself once the file is sent, superseded or dropped). Subjects
/// hold identifiers only: the destination's name and the relay's or the files' ids.
/// </summary>
public static class RelayAnomalies
{
    public static IReadOnlyList<Anomaly> Find(RelayDestinationSettings destination, IReadOnlyList<RelayItem> items)
    {
        var found = new List<Anomaly>();
        foreach (var item in items)
        {
            var subject = $"{destination.Name} : envoi n°{item.Id}";
            switch (item.Status)
            {
                case RelayStatus.EnAttente when item.HoldCode is { } code && AnomalyCatalog.Find(code) is { } hold:
                    found.Add(hold.Create(subject, $"{Describe(item)} attend pour la destination « {destination.Name} » : {item.Reason}", item.FileName));
                    break;
                case RelayStatus.Echec:
                    found.Add(EntAnomalies.EnvoiEchec.Create(subject,
                        $"{Describe(item)} n'a pas pu être envoyé à « {destination.Name} » : {item.Reason}", item.FileName));
                    break;
                case RelayStatus.Refuse when !DeliveredLater(destination, items, item):
                    found.Add(EntAnomalies.EnvoiRefuse.Create(subject,
                        $"{Describe(item)} a été refusé par « {destination.Name} » : {item.Reason}", item.FileName));
                    break;
            }
        }

        if (destination.DoubleExportWindow > TimeSpan.Zero) found.AddRange(DoubleExports(destination, items));
        return found.Select(a => a with { Uai = destination.Uai.ToUpperInvariant() }).ToList();
    }

    /// <summary>The two newest timetable files of a kind closer than the window: two exports configured in EDT.</summary>
    private static IEnumerable<Anomaly> DoubleExports(RelayDestinationSettings destination, IReadOnlyList<RelayItem> items)
    {
        foreach (var kind in items.Where(i => RelayKinds.Timetable.Contains(i.Kind)).Select(i => i.Kind).Distinct())
        {
            var newest = items.Where(i => i.Kind == kind && i.Status != RelayStatus.Rejete)
                .OrderByDescending(i => i.ExportedAt).ThenByDescending(i => i.FileId).Take(2).ToList();
            if (newest.Count < 2 || newest[0].ExportedAt - newest[1].ExportedAt > destination.DoubleExportWindow) continue;

            var (older, latest) = (newest[1], newest[0]);
            var minutes = (int)Math.Round((latest.ExportedAt - older.ExportedAt).TotalMinutes);
            yield return EntAnomalies.DoubleExport.Create($"{kind} : fichiers n°{older.FileId} et n°{latest.FileId}",
                $"Deux exports différents de l'emploi du temps ({ExportKindLabels.French(kind)}) à {minutes} minute(s) d'intervalle : " +
                $"{older.FileName} (exporté le {Fr(older.ExportedAt)}) et {latest.FileName} (exporté le {Fr(latest.ExportedAt)}). " +
                $"Seul le plus récent est envoyé à « {destination.Name} ».",
                older.FileName, latest.FileName);
        }
    }

    private static bool DeliveredLater(RelayDestinationSettings destination, IReadOnlyList<RelayItem> items, RelayItem refused) =>
        items.Any(i => i.Kind == refused.Kind && RelayGate.IsDelivered(destination, i) && i.UpdatedAt > refused.UpdatedAt);

    private static string Describe(RelayItem item) =>
        $"Le fichier {item.FileName} ({ExportKindLabels.French(item.Kind)}, exporté le {Fr(item.ExportedAt)}, envoi n°{item.Id})";

    private static string Fr(DateTime date) => date.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}

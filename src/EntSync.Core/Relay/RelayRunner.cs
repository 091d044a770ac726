using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Rules;
using Microsoft.Extensions.Logging;

namespace EntSync.Core.Relay;

/// <summary>
/// The relay step of a run (DESIGN.md §2, Publish): registers the files just read for every destination that takes
/// them, lets the gate decide, delivers what it lets through, and reads back each establishment's ENT-* anomalies.
/// Each destination is isolated: one failing is recorded and the others go on. Also serves the hand-made decisions
/// (<c>entsync ent release</c> / <c>reject</c>), through the same gate and sender.
/// </summary>
public sealed class RelayRunner(IReadOnlyList<RelayTarget> targets, IRelayStore store, TimeProvider time, ILogger logger)
{
    /// <summary>The latest checks of an establishment (UAI), for the gate.</summary>
    public delegate Task<RelayChecks?> ChecksProvider(string uai, CancellationToken cancellationToken);

    private readonly RelaySender _sender = new(store, time, logger);

    public IReadOnlyList<RelayTarget> Targets => targets;

    public async Task<RelayRunResult> RunAsync(IReadOnlyList<FileRecord> received, ChecksProvider checks, CancellationToken cancellationToken)
    {
        var items = new List<RelayItem>();
        var failures = new List<string>();
        var incomplete = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var anomalies = new Dictionary<string, List<Anomaly>>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in targets)
        {
            var uai = target.Settings.Uai.ToUpperInvariant();
            if (!anomalies.ContainsKey(uai)) anomalies[uai] = [];
            try
            {
                foreach (var file in received.Where(f => Takes(target.Settings, f)))
                {
                    var added = await store.AddAsync(NewItem(target, file), cancellationToken);
                    if (added is not null) logger.LogInformation("Relais {Destination} : fichier {FileId} en attente (envoi {ItemId})", target.Name, file.Id, added.Id);
                }

                items.AddRange(await ProcessAsync(target, checks, cancellationToken));
                anomalies[uai].AddRange(RelayAnomalies.Find(target.Settings, await store.ItemsAsync(target.Name, cancellationToken)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add($"relais {target.Name} : {ex.GetType().Name}");
                incomplete.Add(uai);
                logger.LogError("Relais {Destination} en échec ({Error})", target.Name, ex.GetType().Name);
            }
        }

        return new RelayRunResult(items, failures, anomalies.ToDictionary(a => a.Key, a => (IReadOnlyList<Anomaly>)a.Value, StringComparer.OrdinalIgnoreCase),
            incomplete);
    }

    /// <summary>Lifts the holds of a waiting file and runs its destination's gate at once: sent unless a newer file was sent meanwhile.</summary>
    public async Task<RelayManualResult> ReleaseAsync(long itemId, ChecksProvider checks, CancellationToken cancellationToken)
    {
        var (item, target, problem) = await WaitingItemAsync(itemId, cancellationToken);
        if (problem is not null) return RelayManualResult.Refused(problem, item);

        await store.UpdateAsync(item! with { Released = true, UpdatedAt = Now() }, cancellationToken);
        logger.LogInformation("Relais {Destination} : envoi {ItemId} libéré à la main", target!.Name, itemId);
        await ProcessAsync(target, checks, cancellationToken);
        return new RelayManualResult(await store.FindAsync(itemId, cancellationToken), null);
    }

    /// <summary>Drops a waiting file for good; its archived copy stays.</summary>
    public async Task<RelayManualResult> RejectAsync(long itemId, CancellationToken cancellationToken)
    {
        var item = await store.FindAsync(itemId, cancellationToken);
        if (item is null) return RelayManualResult.Refused($"aucun envoi n°{itemId} (voir « entsync ent pending »)");
        if (!item.IsWaiting) return RelayManualResult.Refused($"l'envoi n°{itemId} n'est pas en attente ({RelayStatusLabels.French(item.Status)}) : rien à écarter", item);

        var rejected = item with
        {
            Status = RelayStatus.Rejete, HoldCode = null, UpdatedAt = Now(), Reason = $"écarté à la main le {Now():dd/MM/yyyy HH:mm} ; le fichier reste dans l'archive",
        };
        await store.UpdateAsync(rejected, cancellationToken);
        logger.LogInformation("Relais {Destination} : envoi {ItemId} écarté à la main", item.Destination, itemId);
        return new RelayManualResult(rejected, null);
    }

    /// <summary>Files of the destination's establishment and kinds, once read and archived.</summary>
    public static bool Takes(RelayDestinationSettings settings, FileRecord file) =>
        file.Status == FileStatus.Archive && file.Kind is { } kind && settings.Kinds.Contains(kind)
        && string.Equals(file.Uai, settings.Uai, StringComparison.OrdinalIgnoreCase);

    private async Task<(RelayItem?, RelayTarget?, string?)> WaitingItemAsync(long itemId, CancellationToken cancellationToken)
    {
        var item = await store.FindAsync(itemId, cancellationToken);
        if (item is null) return (null, null, $"aucun envoi n°{itemId} (voir « entsync ent pending »)");
        if (!item.IsWaiting) return (item, null, $"l'envoi n°{itemId} n'est pas en attente ({RelayStatusLabels.French(item.Status)}) : rien à libérer");
        var target = targets.FirstOrDefault(t => t.Name == item.Destination);
        if (target is null) return (item, null, $"la destination « {item.Destination} » de l'envoi n°{itemId} n'est plus dans la configuration");
        return (item, target, null);
    }

    private async Task<IReadOnlyList<RelayItem>> ProcessAsync(RelayTarget target, ChecksProvider checks, CancellationToken cancellationToken)
    {
        var items = await store.ItemsAsync(target.Name, cancellationToken);
        if (!items.Any(i => i.IsWaiting)) return [];

        var decisions = RelayGate.Decide(target.Settings, items, await checks(target.Settings.Uai, cancellationToken));
        var done = new List<RelayItem>();
        foreach (var decision in decisions)
        {
            done.Add(decision.Action switch
            {
                RelayAction.Envoyer => await _sender.SendAsync(target, decision.Item, cancellationToken),
                RelayAction.Retenir => await SetAsync(decision.Item, RelayStatus.EnAttente, decision, cancellationToken),
                RelayAction.Remplacer => await SetAsync(decision.Item, RelayStatus.Remplace, decision, cancellationToken),
                _ => await SetAsync(decision.Item, RelayStatus.Rejete, decision, cancellationToken),
            });
        }

        return done;
    }

    /// <summary>Written only when something changed, so an item's time says when its situation last changed.</summary>
    private async Task<RelayItem> SetAsync(RelayItem item, RelayStatus status, RelayDecision decision, CancellationToken cancellationToken)
    {
        if (item.Status == status && item.Reason == decision.Reason && item.HoldCode == decision.HoldCode) return item;
        var updated = item with { Status = status, Reason = decision.Reason, HoldCode = decision.HoldCode, UpdatedAt = Now() };
        await store.UpdateAsync(updated, cancellationToken);
        logger.LogInformation("Relais {Destination} : envoi {ItemId} {Status}", item.Destination, item.Id, status);
        return updated;
    }

    private RelayItem NewItem(RelayTarget target, FileRecord file) => new()
    {
        Destination = target.Name, FileId = file.Id, Sha256 = file.Sha256, Kind = file.Kind!.Value, Uai = file.Uai!.ToUpperInvariant(),
        SchoolYear = file.SchoolYear, ExportedAt = file.ExportDate ?? file.ReceivedAt, FileName = file.OriginalName, Path = file.Path,
        Status = RelayStatus.EnAttente, CreatedAt = Now(), UpdatedAt = Now(),
    };

    private DateTime Now() => time.GetLocalNow().DateTime;
}

using Microsoft.Extensions.Logging;

namespace EntSync.Core.Relay;

/// <summary>
/// Delivers one file the gate let through: each attempt recorded before it starts and completed after, pauses growing
/// between attempts, then the item's outcome (sent, refused for good, or failing until a later run). Simulation records
/// what would have been sent and sends nothing. Logs carry ids, the destination's name and HTTP statuses only.
/// </summary>
internal sealed class RelaySender(IRelayStore store, TimeProvider time, ILogger logger)
{
    public async Task<RelayItem> SendAsync(RelayTarget target, RelayItem item, CancellationToken cancellationToken)
    {
        var settings = target.Settings;
        var remoteName = RelayFileName.Format(settings.FileNamePattern, item);
        if (!File.Exists(item.Path))
        {
            // Retention removed the archived copy of a file held too long: nothing left to send.
            return await SetAsync(item with { Status = RelayStatus.Rejete, Reason = "copie archivée introuvable (purgée par la rétention) : rien à envoyer", HoldCode = null }, cancellationToken);
        }

        if (settings.Mode == RelayMode.Simulation)
        {
            var attempt = await store.StartAttemptAsync(item, Now(), cancellationToken);
            await store.FinishAttemptAsync(attempt, new DeliveryResult(DeliveryOutcome.Simule), Now(), cancellationToken);
            logger.LogInformation("Relais {Destination} : envoi {ItemId} simulé", target.Name, item.Id);
            return await SetAsync(item with
            {
                Status = RelayStatus.Simule, SentAt = Now(), RemoteName = remoteName, HoldCode = null,
                Reason = $"aurait été envoyé vers {target.Destination.Display} sous le nom {remoteName}",
            }, cancellationToken);
        }

        var payload = new RelayPayload(item.Path, remoteName, item.Kind, item.Uai, item.Sha256);
        DeliveryResult result = DeliveryResult.Transient("aucune tentative");
        for (var attempt = 1; attempt <= Math.Max(1, settings.Retry.Attempts); attempt++)
        {
            if (attempt > 1) await Task.Delay(settings.Retry.Pause(attempt - 1), time, cancellationToken);
            var attemptId = await store.StartAttemptAsync(item, Now(), cancellationToken);
            result = await DeliverAsync(target, payload, cancellationToken);
            await store.FinishAttemptAsync(attemptId, result, Now(), cancellationToken);
            logger.LogInformation("Relais {Destination} : envoi {ItemId}, tentative {Attempt} : {Outcome} {Status}",
                target.Name, item.Id, attempt, result.Outcome, result.HttpStatus);

            switch (result.Outcome)
            {
                case DeliveryOutcome.Accepte:
                    return await SetAsync(item with { Status = RelayStatus.Envoye, SentAt = Now(), RemoteName = remoteName, Reason = null, HoldCode = null },
                        cancellationToken);
                case DeliveryOutcome.Refuse:
                    return await SetAsync(item with { Status = RelayStatus.Refuse, Reason = result.Describe(), HoldCode = null },
                        cancellationToken);
            }
        }

        return await SetAsync(item with
        {
            Status = RelayStatus.Echec, HoldCode = null,
            Reason = $"{settings.Retry.Attempts} tentative(s) sans succès, nouvel essai à la prochaine synchronisation : {result.Describe()}",
        }, cancellationToken);
    }

    /// <summary>A destination that throws anyway (a bug) counts as a passing failure: the next run tries again.</summary>
    private static async Task<DeliveryResult> DeliverAsync(RelayTarget target, RelayPayload payload, CancellationToken cancellationToken)
    {
        try
        {
            return await target.Destination.DeliverAsync(payload, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Transient($"erreur inattendue ({ex.GetType().Name})");
        }
    }

    private async Task<RelayItem> SetAsync(RelayItem item, CancellationToken cancellationToken)
    {
        var updated = item with { UpdatedAt = Now() };
        await store.UpdateAsync(updated, cancellationToken);
        return updated;
    }

    private DateTime Now() => time.GetLocalNow().DateTime;
}

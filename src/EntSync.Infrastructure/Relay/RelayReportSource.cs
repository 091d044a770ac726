using EntSync.Core.Relay;
using EntSync.Core.Reporting;

namespace EntSync.Infrastructure.Relay;

/// <summary>
/// The relay's history for the report, read from the state database: each of the establishment's files whose situation
/// changed since the moment given (sent, simulated, held, refused, failing, superseded, dropped), with its reason.
/// </summary>
internal sealed class RelayReportSource(IRelayStore store) : IRelayReportSource
{
    public async Task<IReadOnlyList<RelayReportLine>> ForReportAsync(string uai, DateTime since, CancellationToken cancellationToken) =>
        (await store.ChangedSinceAsync(uai, since, cancellationToken))
            .Select(i => new RelayReportLine(i.Destination, i.FileName, i.Kind.ToString(), Status(i.Status), i.UpdatedAt, Detail(i)))
            .ToList();

    private static string? Detail(RelayItem item) => item.Status switch
    {
        RelayStatus.Envoye => item.RemoteName is { } name ? $"envoi n°{item.Id}, déposé sous le nom {name}" : $"envoi n°{item.Id}",
        _ => item.Reason is { } reason ? $"envoi n°{item.Id} : {reason}" : $"envoi n°{item.Id}",
    };

    private static RelayReportStatus Status(RelayStatus status) => status switch
    {
        RelayStatus.Envoye => RelayReportStatus.Envoye,
        RelayStatus.Simule => RelayReportStatus.Simule,
        RelayStatus.EnAttente => RelayReportStatus.EnAttente,
        RelayStatus.Refuse => RelayReportStatus.Refuse,
        RelayStatus.Echec => RelayReportStatus.Echec,
        RelayStatus.Remplace => RelayReportStatus.Remplace,
        _ => RelayReportStatus.Rejete,
    };
}

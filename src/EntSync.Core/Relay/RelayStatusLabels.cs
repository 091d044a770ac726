namespace EntSync.Core.Relay;

/// <summary>Each status in French, as the command line and the summaries print it.</summary>
public static class RelayStatusLabels
{
    public static string French(RelayStatus status) => status switch
    {
        RelayStatus.EnAttente => "retenu",
        RelayStatus.Envoye => "envoyé",
        RelayStatus.Refuse => "refusé",
        RelayStatus.Echec => "en échec",
        RelayStatus.Remplace => "remplacé",
        RelayStatus.Rejete => "écarté",
        RelayStatus.Simule => "simulé",
        _ => status.ToString(),
    };

    public static string French(DeliveryOutcome outcome) => outcome switch
    {
        DeliveryOutcome.Accepte => "accepté",
        DeliveryOutcome.Temporaire => "échec passager",
        DeliveryOutcome.Refuse => "refusé",
        DeliveryOutcome.Simule => "simulé (rien envoyé)",
        _ => outcome.ToString(),
    };
}

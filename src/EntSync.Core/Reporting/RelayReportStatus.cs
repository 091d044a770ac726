namespace EntSync.Core.Reporting;

/// <summary>What became of a relayed file, for the report.</summary>
public enum RelayReportStatus
{
    Envoye,
    Simule,
    EnAttente,
    Refuse,
    Echec,
    Remplace,
    Rejete,
}

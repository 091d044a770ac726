namespace EntSync.Core.Relay;

/// <summary>Where a file is in its life towards one destination. Stored by name: never rename a value.</summary>
public enum RelayStatus
{
    /// <summary>Waiting: new, or held by the gate (blocking anomaly, first import of the year) with the reason.</summary>
    EnAttente,

    /// <summary>Accepted by the destination.</summary>
    Envoye,

    /// <summary>Refused for good by the destination (a 4xx answer other than "import running"): never sent again.</summary>
    Refuse,

    /// <summary>Every attempt of the last run failed for a passing reason: tried again at the next run.</summary>
    Echec,

    /// <summary>A newer file of the same kind came for the destination, or one at least as new was already sent.</summary>
    Remplace,

    /// <summary>Dropped by hand (<c>entsync ent reject</c>); the file stays in the archive.</summary>
    Rejete,

    /// <summary>Simulation mode: recorded as it would have been sent, nothing sent.</summary>
    Simule,
}

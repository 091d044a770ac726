namespace EntSync.Core.Relay;

/// <summary>What the gate decides for a waiting file.</summary>
public enum RelayAction
{
    /// <summary>Send it now.</summary>
    Envoyer,

    /// <summary>Keep it waiting, with the reason (blocking anomaly, first import of the year).</summary>
    Retenir,

    /// <summary>Archive it as superseded: a newer file waits, or one at least as new was already sent.</summary>
    Remplacer,

    /// <summary>Drop it: it is not for this destination (another establishment).</summary>
    Ecarter,
}

namespace EntSync.Core.Relay;

/// <summary>How one delivery attempt ended. Stored by name in the attempts' history: never rename a value.</summary>
public enum DeliveryOutcome
{
    /// <summary>The destination has the file.</summary>
    Accepte,

    /// <summary>Worth trying again: time-out, network error, 5xx, "import already running".</summary>
    Temporaire,

    /// <summary>Refused for good: trying the same file again would get the same answer.</summary>
    Refuse,

    /// <summary>Simulation mode: nothing was sent.</summary>
    Simule,
}

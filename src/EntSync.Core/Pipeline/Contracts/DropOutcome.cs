namespace EntSync.Core.Pipeline.Contracts;

/// <summary>What became of a taken file; the source then applies its <c>apresTraitement</c> (move, delete, keep).</summary>
public enum DropOutcome
{
    /// <summary>Copied to the inbox and recorded (read or not, it is safe with EntSync now).</summary>
    Done,

    /// <summary>Refused: its copy is in quarantine with the reason.</summary>
    Quarantined,
}

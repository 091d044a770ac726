namespace EntSync.Core.Pipeline.Contracts;

/// <summary>Where a collected file is in its life. Stored as text: never rename a value.</summary>
public enum FileStatus
{
    /// <summary>Copied to the inbox and recorded; the source file may not be handled yet.</summary>
    Recu,

    /// <summary>Read and kept in the archive.</summary>
    Archive,

    /// <summary>Refused; in quarantine with its reason.</summary>
    Quarantaine,
}

namespace EntSync.Infrastructure.Configuration;

/// <summary>One anomaly silenced on purpose: its code and subject as the report prints them, why, and until when.</summary>
public sealed class IgnoreOptions
{
    public string Code { get; set; } = "";
    public string Sujet { get; set; } = "";
    public string Raison { get; set; } = "";
    /// <summary>ISO date (yyyy-MM-dd) after which the anomaly is reported again; empty for no end.</summary>
    public string Jusquau { get; set; } = "";
}

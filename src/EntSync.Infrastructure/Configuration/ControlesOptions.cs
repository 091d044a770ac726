namespace EntSync.Infrastructure.Configuration;

/// <summary>Check thresholds, codes switched off, and anomalies silenced on purpose.</summary>
public sealed class ControlesOptions
{
    /// <summary>A count that fell by more than this share since the previous export is a partial export.</summary>
    public double SeuilExportPartiel { get; set; } = 0.20;
    public List<string> CodesDesactives { get; set; } = [];
    public List<IgnoreOptions> Ignorer { get; set; } = [];
    /// <summary>SOURCE-MUETTE delays per export kind, in days.</summary>
    public SourceMuetteOptions SourceMuetteJours { get; set; } = new();
}

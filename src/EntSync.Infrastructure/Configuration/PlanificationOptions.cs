namespace EntSync.Infrastructure.Configuration;

/// <summary>When things run: Quartz cron expressions (seconds first), local time of the server.</summary>
public sealed class PlanificationOptions
{
    /// <summary>Default: every 30 minutes from 06:00 to 21:30.</summary>
    public string Synchronisation { get; set; } = "0 0/30 6-21 ? * *";
    /// <summary>Default: 06:30 every day.</summary>
    public string Rapport { get; set; } = "0 30 6 * * ?";
    /// <summary>Housekeeping (retention): default 03:15 every day.</summary>
    public string Menage { get; set; } = "0 15 3 * * ?";
}

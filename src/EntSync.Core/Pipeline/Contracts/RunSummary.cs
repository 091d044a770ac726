namespace EntSync.Core.Pipeline.Contracts;

/// <summary>How a sync run ended. <see cref="Outcome"/> follows the exit codes (0 fine, 1 problems found, 2 could not run).</summary>
public sealed record RunSummary(DateTime FinishedAt, int Outcome, int FilesReceived, int FilesQuarantined, int Anomalies, string? Error = null);

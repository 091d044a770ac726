using EntSync.Core.Relay;

namespace EntSync.Infrastructure.Relay;

/// <summary>What a probe found, in French: <see cref="Text"/> says it, <see cref="Fix"/> what to do when it is not good.</summary>
internal sealed record RelayProbeResult(RelayProbeStatus Status, string Text, string? Fix = null)
{
    public static RelayProbeResult Ok(string text) => new(RelayProbeStatus.Ok, text);

    public static RelayProbeResult Warning(string text, string fix) => new(RelayProbeStatus.Warning, text, fix);

    public static RelayProbeResult Failure(string text, string fix) => new(RelayProbeStatus.Failure, text, fix);

    /// <summary>A transport failure or a refusal as a delivery would have met it (its text is already French and masked).</summary>
    public static RelayProbeResult From(DeliveryResult failure, string fix) => Failure(failure.Describe(), fix);
}

namespace EntSync.Core.Relay;

/// <summary>
/// What a destination answered. <see cref="Error"/> is the transport error and <see cref="Answer"/> a short excerpt of
/// the server's answer, both in French or quoted, already shortened and with every secret masked by the destination.
/// </summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, int? HttpStatus = null, string? Error = null, string? Answer = null)
{
    public static DeliveryResult Accepted(int? httpStatus = null, string? answer = null) => new(DeliveryOutcome.Accepte, httpStatus, null, answer);

    public static DeliveryResult Transient(string error, int? httpStatus = null, string? answer = null) => new(DeliveryOutcome.Temporaire, httpStatus, error, answer);

    public static DeliveryResult Refused(string error, int? httpStatus = null, string? answer = null) => new(DeliveryOutcome.Refuse, httpStatus, error, answer);

    /// <summary>One French line for the history and the report: status, error, quoted answer.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (HttpStatus is { } status) parts.Add($"HTTP {status}");
        if (!string.IsNullOrWhiteSpace(Error)) parts.Add(Error);
        if (!string.IsNullOrWhiteSpace(Answer)) parts.Add($"réponse : « {Answer} »");
        return string.Join(" – ", parts);
    }
}

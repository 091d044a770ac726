namespace EntSync.Core.Rules;

/// <summary>
/// One problem found by a check. <see cref="Subject"/> holds identifiers only (ELEVE_ID, PERSONNE_ID, structure codes…),
/// so it can be logged and used as the stable key of the problem across runs; <see cref="Message"/> names the people
/// and structures concerned for the report, which goes only to configured staff, and must never be logged.
/// </summary>
public sealed record Anomaly(string Code, Severity Severity, Audience Audience, string Subject, string Message, string Remedy)
{
    /// <summary>The files the anomaly was found in (as the inspector names them).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The establishment, set when a check covers several.</summary>
    public string? Uai { get; init; }
}

namespace EntSync.Core.Rules;

/// <summary>
/// One check. A rule declares the exports it needs; when one is missing it does not run and the result says why
/// ("pas d'export STS reçu"). It returns anomalies, never throws for bad data; a crash is caught and reported as a failed rule.
/// </summary>
public interface IAnomalyRule
{
    /// <summary>The codes this rule can produce (catalogue codes).</summary>
    IReadOnlyList<string> Codes { get; }

    /// <summary>Null when the rule can run on this pair; otherwise, in French, what is missing.</summary>
    string? MissingInput(SnapshotPair pair);

    IEnumerable<Anomaly> Evaluate(SnapshotPair pair, CheckSettings settings);
}

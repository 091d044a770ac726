namespace EntSync.Core.Rules;

/// <summary>A check that could not run, and why (French), e.g. "pas d'export STS reçu".</summary>
public sealed record CheckNotRun(string Code, string Reason);

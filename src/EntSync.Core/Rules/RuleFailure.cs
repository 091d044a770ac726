namespace EntSync.Core.Rules;

/// <summary>A rule that crashed: a bug to report. Only the rule's name and the exception type, never data.</summary>
public sealed record RuleFailure(string Rule, string Error);

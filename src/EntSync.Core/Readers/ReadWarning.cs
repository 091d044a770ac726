namespace EntSync.Core.Readers;

/// <summary>A non-fatal remark about a file (French message, stable code, optional line).</summary>
public sealed record ReadWarning(string Code, string Message, int? Line = null);

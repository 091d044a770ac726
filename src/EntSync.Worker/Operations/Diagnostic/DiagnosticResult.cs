namespace EntSync.Worker.Operations.Diagnostic;

/// <summary>One line of the checklist (French) and, when it is not ✔, what to do about it.</summary>
internal sealed record DiagnosticResult(DiagnosticStatus Status, string Label, string? Fix = null)
{
    public static DiagnosticResult Ok(string label) => new(DiagnosticStatus.Ok, label);

    public static DiagnosticResult Warning(string label, string fix) => new(DiagnosticStatus.Warning, label, fix);

    public static DiagnosticResult Failure(string label, string fix) => new(DiagnosticStatus.Failure, label, fix);
}

namespace EntSync.Worker.Operations.Diagnostic;

/// <summary>✔, ⚠ or ✘ in the checklist; a warning or a failure makes <c>entsync diagnostic</c> exit 1.</summary>
internal enum DiagnosticStatus
{
    Ok,
    Warning,
    Failure,
}

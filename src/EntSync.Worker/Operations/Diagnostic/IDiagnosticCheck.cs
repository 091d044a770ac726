namespace EntSync.Worker.Operations.Diagnostic;

/// <summary>
/// One thing a technician would check after an install. Checks never send or change anything the service relies on:
/// they look (list a source, open a connection, write and remove a probe file). A check reports every item it covers
/// (one line per source) and turns its own failures into ✘ lines, never exceptions.
/// </summary>
internal interface IDiagnosticCheck
{
    Task<IReadOnlyList<DiagnosticResult>> RunAsync(DiagnosticContext context, CancellationToken cancellationToken);
}

namespace EntSync.Worker.Operations.Diagnostic;

/// <summary>The checks of <c>entsync diagnostic</c>, in the order a technician reads them.</summary>
internal static class DiagnosticChecks
{
    public static IReadOnlyList<IDiagnosticCheck> CreateDefault() =>
    [
        WritableFolderCheck.Data(),
        WritableFolderCheck.Logs(),
        new DiskSpaceCheck(),
        new SourcesCheck(),
        // ENT destinations (issue 6): one IDiagnosticCheck that, for each configured destination, connects and
        // authenticates without sending (a destination in "simulation" is ✔ with a note). SMTP (issue 7): one
        // IDiagnosticCheck doing EHLO / STARTTLS / AUTH over SslStream and QUIT, without MAIL FROM. Add them here.
    ];
}

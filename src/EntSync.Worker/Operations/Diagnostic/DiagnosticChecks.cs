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
        new EntDestinationsCheck(),
        new SmtpCheck(),
    ];
}

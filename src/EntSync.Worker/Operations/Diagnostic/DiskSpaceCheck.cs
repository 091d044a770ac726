namespace EntSync.Worker.Operations.Diagnostic;

/// <summary>Free space on the data directory's disk: exports, archives and the state database grow there.</summary>
internal sealed class DiskSpaceCheck(long minimumBytes = DiskSpaceCheck.OneGigabyte) : IDiagnosticCheck
{
    public const long OneGigabyte = 1L << 30;

    public Task<IReadOnlyList<DiagnosticResult>> RunAsync(DiagnosticContext context, CancellationToken cancellationToken)
    {
        var folder = context.Config.DataDirectory;
        var existing = folder;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent) existing = parent;
        var free = new DriveInfo(existing).AvailableFreeSpace;
        var text = $"{free / (double)OneGigabyte:0.0} Go libres sur le disque du dossier de données";
        IReadOnlyList<DiagnosticResult> result = free >= minimumBytes
            ? [DiagnosticResult.Ok(text)]
            : [DiagnosticResult.Warning($"Peu d'espace disque : {text} (moins de {minimumBytes / (double)OneGigabyte:0.#} Go)",
                "Libérez de la place sur ce disque, réduisez donnees.retentionJours ou déplacez donnees.dossier sur un disque plus grand.")];
        return Task.FromResult(result);
    }
}

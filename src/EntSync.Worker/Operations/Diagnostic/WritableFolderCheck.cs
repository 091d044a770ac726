using EntSync.Infrastructure.Files;

namespace EntSync.Worker.Operations.Diagnostic;

/// <summary>A folder the service writes in (data, logs) exists or can be created, and a file can be written and removed in it.</summary>
internal sealed class WritableFolderCheck(string what, Func<DiagnosticContext, string> folder) : IDiagnosticCheck
{
    public static WritableFolderCheck Data() => new("Dossier de données", c => c.Config.DataDirectory);

    public static WritableFolderCheck Logs() => new("Dossier des journaux", c => Hosting.LoggingSetup.LogsFolder(c.Config));

    public Task<IReadOnlyList<DiagnosticResult>> RunAsync(DiagnosticContext context, CancellationToken cancellationToken)
    {
        var path = folder(context);
        IReadOnlyList<DiagnosticResult> result;
        try
        {
            Directory.CreateDirectory(path);
            var probe = AtomicFiles.TemporaryPath(path);
            File.WriteAllText(probe, "diagnostic");
            File.Delete(probe);
            result = [DiagnosticResult.Ok($"{what} accessible en écriture : {path}")];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            result = [DiagnosticResult.Failure($"{what} inaccessible en écriture : {path} ({ex.Message})",
                OperatingSystem.IsWindows()
                    ? "Donnez le contrôle total de ce dossier au compte du service (install-service.ps1 le fait), ou corrigez le chemin dans la configuration."
                    : "Ce dossier doit appartenir au compte du service : sudo chown -R entsync:entsync " + path + " (entsync service install le fait), ou corrigez le chemin dans la configuration.")];
        }

        return Task.FromResult(result);
    }
}

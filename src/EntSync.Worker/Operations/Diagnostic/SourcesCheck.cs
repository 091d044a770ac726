using EntSync.Core.Pipeline.Contracts;
using EntSync.Worker.Hosting;

namespace EntSync.Worker.Operations.Diagnostic;

/// <summary>
/// Each configured source is reachable and can be listed, through the very sources the service builds
/// (<see cref="SyncService.CreateSources"/>): a new source type (SFTP, FTP…) is checked here with no change.
/// Listing takes nothing: files are only taken by a sync.
/// </summary>
internal sealed class SourcesCheck(TimeSpan perSourceTimeout, Func<DiagnosticContext, IReadOnlyList<IDropSource>> sources) : IDiagnosticCheck
{
    public SourcesCheck()
        : this(TimeSpan.FromMinutes(2), c => SyncService.CreateSources(c.Config, c.Time, c.Loggers))
    {
    }

    public async Task<IReadOnlyList<DiagnosticResult>> RunAsync(DiagnosticContext context, CancellationToken cancellationToken)
    {
        var all = sources(context);
        if (all.Count == 0)
        {
            return [DiagnosticResult.Warning("Aucune source déclarée : le service ne collecte rien",
                "Ajoutez une source dans la liste sources de la configuration (voir _aide_sources du modèle).")];
        }

        var results = new List<DiagnosticResult>();
        foreach (var source in all) results.Add(await CheckAsync(source, cancellationToken));
        return results;
    }

    private async Task<DiagnosticResult> CheckAsync(IDropSource source, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(perSourceTimeout);
        try
        {
            var ready = 0;
            await foreach (var _ in source.ListReadyAsync(timeout.Token)) ready++;
            return DiagnosticResult.Ok($"Source « {source.Name} » joignable : {ready} fichier(s) prêt(s) à prendre");
        }
        catch (DropSourceException ex)
        {
            return DiagnosticResult.Failure($"Source « {source.Name} » : {ex.Message}",
                ex.IsConfigurationError
                    ? "Corrigez la source dans la configuration (ou sur le serveur), puis relancez entsync diagnostic."
                    : "Panne passagère probable (réseau, serveur) : vérifiez que le serveur répond depuis cette machine, puis relancez.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DiagnosticResult.Failure($"Source « {source.Name} » : pas de réponse en {perSourceTimeout.TotalSeconds:0} s",
                "Vérifiez le réseau, le pare-feu et l'adresse du serveur.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DiagnosticResult.Failure($"Source « {source.Name} » illisible : {ex.Message}",
                "Le compte du service doit pouvoir lire ce dossier (et le modifier si apresTraitement vaut deplacer ou supprimer).");
        }
    }
}

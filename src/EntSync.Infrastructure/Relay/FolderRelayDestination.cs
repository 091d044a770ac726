using EntSync.Core.Relay;

namespace EntSync.Infrastructure.Relay;

/// <summary>
/// Copies the file into a local or mounted folder (the ENT's drop, the timetable software's import folder, an archive
/// share): written under a temporary hidden name, then renamed, so whoever watches the folder never sees half a file.
/// A file of the same name is replaced (the newest export wins). The folder is created when missing.
/// </summary>
internal sealed class FolderRelayDestination(string name, string folder) : IRelayDestination, IRelayDestinationProbe
{
    public string Name => name;

    public string Display => folder;

    public async Task<DeliveryResult> DeliverAsync(RelayPayload payload, CancellationToken cancellationToken)
    {
        var final = Path.Combine(folder, payload.RemoteName);
        var temporary = Path.Combine(folder, $".{payload.RemoteName}.{Guid.NewGuid():N}.entsync-tmp");
        try
        {
            Directory.CreateDirectory(folder);
            await using (var source = new FileStream(payload.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            await using (var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await source.CopyToAsync(copy, cancellationToken);
                copy.Flush(flushToDisk: true);
            }

            File.Move(temporary, final, overwrite: true);
            return DeliveryResult.Accepted();
        }
        catch (UnauthorizedAccessException)
        {
            return DeliveryResult.Transient($"droits insuffisants pour écrire dans {folder} (le compte du service doit pouvoir y écrire)");
        }
        catch (IOException ex)
        {
            return DeliveryResult.Transient($"écriture impossible dans {folder} (dossier ou partage inaccessible : {ex.GetType().Name})");
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>The folder exists or can be created, and a probe file can be written there and removed.</summary>
    public Task<RelayProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        var probe = Path.Combine(folder, $".entsync-diagnostic-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(probe, "diagnostic");
            File.Delete(probe);
            return Task.FromResult(RelayProbeResult.Ok("dossier accessible en écriture"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(probe);
            return Task.FromResult(RelayProbeResult.Failure($"écriture impossible dans le dossier ({ex.GetType().Name})",
                "Le compte du service doit pouvoir créer ce dossier et y écrire (pour un partage : chemin UNC \\\\serveur\\partage et droits du compte)."));
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden temporary file is harmless; the next delivery uses another name.
        }
    }
}

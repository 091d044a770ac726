using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Relay;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Sftp;

namespace EntSync.Infrastructure.Relay;

/// <summary>
/// Deposits the file into a folder of an SFTP server, through the same OpenSSH batch client as the sftp source (key
/// only, pinned host key). Uploaded under a hidden temporary name (<c>.entsync-…part</c>), then renamed, so an import
/// that watches the folder never takes half a file. A file of the final name is replaced, as the dossier destination
/// does: entcore's names carry the export's time, so the same name is the same export, and a route's fixed name (the
/// sts_emp file of the timetable software's import folder) must take the newest.
/// </summary>
internal sealed class SftpRelayDestination(DestinationOptions options, IProcessRunner runner, string privateKnownHosts) : IRelayDestination, IRelayDestinationProbe
{
    private readonly string _folder = Folder(options.Chemin);
    private SftpBatch? _batch;

    public string Name => options.Nom;

    public string Display => $"sftp://{SftpEndpoint.Address(options.Hote.Trim(), options.Port == 0 ? 22 : options.Port)}" +
                             (_folder.StartsWith('/') ? _folder : "/" + _folder);

    public async Task<DeliveryResult> DeliverAsync(RelayPayload payload, CancellationToken cancellationToken)
    {
        if (!SftpCommands.IsRepresentable(payload.RemoteName) || payload.RemoteName.Contains('/'))
        {
            return DeliveryResult.Refused("nom de fichier inutilisable sur un serveur SFTP (barre oblique ou saut de ligne) : vérifiez nomFichier");
        }

        var temporary = $".entsync-{Guid.NewGuid():N}.part";
        try
        {
            var batch = Batch();
            var sent = await batch.RunAsync(
                [SftpCommands.Cd(_folder), SftpCommands.Put(payload.Path, temporary), SftpCommands.Rename(temporary, payload.RemoteName)], cancellationToken);
            if (sent.Succeeded) return DeliveryResult.Accepted();
            if (sent.FailedCommand == 2 && !Denied(sent))
            {
                // A server without posix-rename refuses to replace an existing name: remove it, then rename.
                sent = await batch.RunAsync(
                    [SftpCommands.Cd(_folder), SftpCommands.RemoveIfPresent(payload.RemoteName), SftpCommands.Rename(temporary, payload.RemoteName)], cancellationToken);
                if (sent.Succeeded) return DeliveryResult.Accepted();
            }

            await CleanUpAsync(temporary, cancellationToken);
            return CommandFailure(sent);
        }
        catch (DropSourceException ex)
        {
            // The connection failed or broke: a partial upload may remain under the temporary name.
            if (!ex.IsConfigurationError) await CleanUpAsync(temporary, cancellationToken);
            return ex.IsConfigurationError ? DeliveryResult.Refused(ex.Message) : DeliveryResult.Transient(ex.Message);
        }
    }

    /// <summary>Connects and lists the remote folder (nothing written).</summary>
    public async Task<RelayProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var listed = await Batch().RunAsync([SftpCommands.Cd(_folder), SftpCommands.List()], cancellationToken);
            return listed.Succeeded
                ? RelayProbeResult.Ok($"connexion acceptée, dossier « {_folder} » lisible")
                : RelayProbeResult.From(CommandFailure(listed), "Vérifiez chemin (le dossier doit exister sur le serveur) et les droits du compte.");
        }
        catch (DropSourceException ex)
        {
            return RelayProbeResult.Failure(ex.Message, ex.IsConfigurationError
                ? "Corrigez hote, port, utilisateur, clePrivee ou cleHote (ou le compte sur le serveur), puis relancez entsync diagnostic."
                : "Vérifiez que le serveur répond depuis cette machine (réseau, pare-feu), puis relancez entsync diagnostic.");
        }
    }

    /// <summary>Connected once per destination; writing the pinned key is left to the first use (nothing written for a simulation).</summary>
    internal SftpBatch Batch() => _batch ??= new SftpBatch(SftpConnection.Of(options).Endpoint(privateKnownHosts), runner);

    private DeliveryResult CommandFailure(SftpBatchResult result)
    {
        var where = $"« {_folder} » sur le serveur SFTP {Batch().Endpoint.Display}";
        var answer = LastLine(result.Error);
        if (result.FailedCommand == 0)
        {
            return DeliveryResult.Refused($"dossier distant {where} introuvable ou inaccessible : vérifiez chemin et les droits du compte « {Batch().Endpoint.User} »", answer: answer);
        }

        if (Denied(result))
        {
            return DeliveryResult.Refused($"le compte « {Batch().Endpoint.User} » ne peut pas écrire dans le dossier {where} : vérifiez ses droits", answer: answer);
        }

        return DeliveryResult.Transient($"le serveur SFTP a refusé le dépôt dans {where} (espace disque ? fichier verrouillé ?)", answer: answer);
    }

    private async Task CleanUpAsync(string temporary, CancellationToken cancellationToken)
    {
        try
        {
            await Batch().RunAsync([SftpCommands.Cd(_folder), SftpCommands.RemoveIfPresent(temporary)], cancellationToken);
        }
        catch (DropSourceException)
        {
            // The server is out of reach: a hidden leftover ".entsync-….part" is harmless, and the next delivery uses another name.
        }
    }

    private static bool Denied(SftpBatchResult result) => result.Error.Contains("Permission denied", StringComparison.OrdinalIgnoreCase);

    private static string? LastLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return line is null ? null : line.Length <= 200 ? line : line[..199] + "…";
    }

    private static string Folder(string chemin)
    {
        var trimmed = chemin.Trim();
        return trimmed.Length > 1 ? trimmed.TrimEnd('/') : trimmed;
    }
}

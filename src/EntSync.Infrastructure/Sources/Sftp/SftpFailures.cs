using EntSync.Core.Pipeline.Contracts;

namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// Turns what ssh printed when a connection failed (exit 255, or a batch cut short) into a French
/// <see cref="DropSourceException"/>: host key and authentication problems are configuration errors, reported at once
/// with the fix; the rest (refused, timed out, cut) is transient and retried. ssh's messages are not translated, so
/// the match on their text is stable.
/// </summary>
internal static class SftpFailures
{
    private static readonly string[] LostConnectionSigns =
        ["Connection closed", "Connection reset", "Broken pipe", "Timeout, server", "Write failed", "Couldn't read packet", "Connection to ", "Read from remote host"];

    /// <summary>A batch that stopped because the connection went away rather than because a command was refused.</summary>
    public static bool LostConnection(string stderr) => LostConnectionSigns.Any(sign => stderr.Contains(sign, StringComparison.Ordinal));

    public static bool IsHostKeyFailure(string stderr) =>
        stderr.Contains("Host key verification failed", StringComparison.Ordinal)
        || stderr.Contains("REMOTE HOST IDENTIFICATION HAS CHANGED", StringComparison.Ordinal);

    /// <param name="presented">The fingerprints the server presents now (from ssh's message or a key scan).</param>
    public static DropSourceException HostKey(SftpEndpoint endpoint, string stderr, IReadOnlyList<string> presented)
    {
        var changed = stderr.Contains("HAS CHANGED", StringComparison.Ordinal) || stderr.Contains("has changed", StringComparison.Ordinal);
        var what = changed
            ? $"La clé d'hôte du serveur SFTP {endpoint.Display} ne correspond plus à la clé épinglée (cleHote)"
            : $"Aucune clé d'hôte épinglée (cleHote) ne correspond au serveur SFTP {endpoint.Display}";
        var shown = presented.Count == 0 ? "empreinte non obtenue" : $"le serveur présente l'empreinte {string.Join(" ou ", presented)}";
        return new DropSourceException(
            $"{what} ; {shown}. Connexion refusée par sécurité. Demandez son empreinte à l'administrateur du serveur : " +
            $"si elle est identique, lancez « entsync sftp trust {endpoint.Display} » et mettez à jour cleHote ; sinon ne faites pas confiance à ce serveur " +
            "(quelqu'un peut s'interposer).",
            isConfigurationError: true);
    }

    /// <summary>Any other failure to connect or to stay connected.</summary>
    public static DropSourceException Connection(SftpEndpoint endpoint, string stderr)
    {
        if (stderr.Contains("UNPROTECTED PRIVATE KEY FILE", StringComparison.Ordinal) || stderr.Contains("bad permissions", StringComparison.Ordinal))
        {
            return Configuration($"ssh refuse la clé privée {endpoint.PrivateKey}, lisible par d'autres comptes : " +
                                 $"chmod 600 {endpoint.PrivateKey}, propriétaire le compte du service.");
        }

        if (stderr.Contains("Load key", StringComparison.Ordinal) || stderr.Contains("not accessible", StringComparison.Ordinal))
        {
            return Configuration($"La clé privée {endpoint.PrivateKey} n'a pas pu être chargée (fichier absent, illisible par le compte du service, " +
                                 "protégé par une phrase de passe ou dans un format inconnu) : vérifiez clePrivee.");
        }

        if (stderr.Contains("Permission denied", StringComparison.Ordinal) || stderr.Contains("Too many authentication failures", StringComparison.Ordinal))
        {
            return Configuration($"Le serveur SFTP {endpoint.Display} refuse la connexion de « {endpoint.User} » avec la clé {endpoint.PrivateKey} : " +
                                 "vérifiez utilisateur et clePrivee, et que la clé publique (.pub) figure dans les clés autorisées de ce compte sur le serveur. " +
                                 "Pas de nouvel essai avant correction.");
        }

        var reason =
            stderr.Contains("Connection refused", StringComparison.Ordinal) ? $"connexion refusée (service SFTP arrêté ou port {endpoint.EffectivePort} fermé)"
            : stderr.Contains("Could not resolve hostname", StringComparison.Ordinal) ? "nom de serveur introuvable (vérifiez hote et le DNS)"
            : stderr.Contains("timed out", StringComparison.OrdinalIgnoreCase) ? "délai de connexion dépassé"
            : stderr.Contains("No route to host", StringComparison.Ordinal) || stderr.Contains("Network is unreachable", StringComparison.Ordinal) ? "réseau inaccessible"
            : "connexion interrompue";
        return Transient(endpoint, reason);
    }

    public static DropSourceException TimedOut(SftpEndpoint endpoint) =>
        Transient(endpoint, $"pas de réponse en {(int)endpoint.Timeout.TotalSeconds} s (delaiSecondes)");

    public static DropSourceException ProgramMissing(string program) =>
        Configuration($"Le programme « {program} » (client OpenSSH) est introuvable : installez-le (Debian : apt install openssh-client ; " +
                      "Windows : fonctionnalité facultative « Client OpenSSH »).");

    private static DropSourceException Transient(SftpEndpoint endpoint, string reason) =>
        new($"Serveur SFTP {endpoint.Display} injoignable : {reason}. Nouvel essai au prochain passage.", isConfigurationError: false);

    private static DropSourceException Configuration(string message) => new(message, isConfigurationError: true);
}

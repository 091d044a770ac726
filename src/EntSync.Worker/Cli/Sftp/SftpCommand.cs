using System.ComponentModel;
using System.Globalization;
using EntSync.Infrastructure.Processes;
using EntSync.Infrastructure.Sources.Sftp;

namespace EntSync.Worker.Cli.Sftp;

/// <summary>
/// <c>entsync sftp trust HOTE[:PORT] [--write FICHIER]</c>: shows the fingerprints of a server's host keys for a person
/// to compare with the ones its administrator gives, and writes the known_hosts lines (or prints the line to paste as
/// <c>cleHote</c>). The keys are fetched over the network, so they prove nothing until compared.
/// </summary>
internal sealed class SftpCommand(IProcessRunner? runner = null) : ICliCommand
{
    private static readonly HashSet<string> ValueOptions = ["write", "delai"];

    public string Name => "sftp";

    public string Summary => "trust : relève l'empreinte de la clé d'un serveur SFTP et écrit la ligne à épingler (cleHote)";

    public string Help => """
        Utilisation : entsync sftp trust HOTE[:PORT] [--write FICHIER] [--delai SECONDES]

        Demande au serveur SFTP ses clés d'hôte (ssh-keyscan), affiche leurs empreintes SHA256 et la ligne à
        indiquer dans la clé cleHote de la source. Comparez l'empreinte avec celle que vous communique
        l'administrateur du serveur (sur le serveur : ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) par un autre
        moyen que le réseau : tant qu'elle n'est pas comparée, elle ne prouve rien.

          --write FICHIER     écrit les clés dans ce fichier known_hosts (les anciennes lignes de ce serveur sont
                              remplacées, les autres gardées) ; indiquez ensuite ce fichier dans cleHote
          --delai SECONDES    attente maximale de la réponse du serveur (10 par défaut)

        Code de sortie : 0 clés relevées, 2 serveur injoignable ou ssh-keyscan absent, 64 mauvaise utilisation.

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0) throw new UsageException("Indiquez l'action : entsync sftp trust HOTE[:PORT].");
        if (args[0] != "trust") throw new UsageException($"Action inconnue : « {args[0]} » (seule « trust » existe).");
        var parsed = CliArguments.Parse(args.Skip(1), ValueOptions, new HashSet<string>());
        if (parsed.Positional.Count != 1) throw new UsageException("Indiquez un seul serveur : entsync sftp trust HOTE[:PORT].");
        var (host, port) = Address(parsed.Positional[0]);
        var timeout = TimeSpan.FromSeconds(parsed.Int("delai", 10, 1, 300));
        var shown = SftpEndpoint.Address(host, port);

        IReadOnlyList<HostKeyLine> keys;
        try
        {
            keys = new HostKeyScanner(runner ?? new ExternalProcessRunner()).ScanAsync(host, port, timeout, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Win32Exception)
        {
            error.WriteLine("Le programme ssh-keyscan (client OpenSSH) est introuvable : installez-le (Debian : apt install openssh-client ; " +
                            "Windows : fonctionnalité facultative « Client OpenSSH »).");
            return ExitCodes.CouldNotRun;
        }

        if (keys.Count == 0)
        {
            error.WriteLine($"Aucune clé reçue de {shown} : serveur injoignable, port fermé ou pas un serveur SSH. Vérifiez l'adresse et le port.");
            return ExitCodes.CouldNotRun;
        }

        output.WriteLine($"Clés d'hôte présentées par {shown} :");
        foreach (var key in keys) output.WriteLine($"  {key.Fingerprint}  ({key.KeyType})");
        output.WriteLine();
        output.WriteLine("Comparez ces empreintes avec celle que vous donne l'administrateur du serveur, par téléphone ou par écrit");
        output.WriteLine("(sur le serveur : ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Si elles diffèrent, n'allez pas plus loin.");
        output.WriteLine();

        var write = parsed.Value("write");
        if (write is null)
        {
            output.WriteLine("Si elles correspondent, indiquez dans la source :");
            output.WriteLine($"  \"cleHote\": \"{keys[0].ToKnownHostsLine(host, port)}\"");
            return ExitCodes.Done;
        }

        var path = Path.GetFullPath(write);
        var replaced = KnownHostsFile.Write(path, host, port, keys);
        output.WriteLine($"{keys.Count} clé(s) écrite(s) dans {path}{(replaced > 0 ? $" ({replaced} ancienne(s) ligne(s) de ce serveur remplacée(s))" : "")}.");
        output.WriteLine("Si les empreintes correspondent, indiquez dans la source :");
        output.WriteLine($"  \"cleHote\": \"{path.Replace("\\", "\\\\")}\"");
        return ExitCodes.Done;
    }

    /// <summary>host, host:port or [ipv6]:port.</summary>
    private static (string Host, int Port) Address(string value)
    {
        if (value.Contains("://", StringComparison.Ordinal))
        {
            throw new UsageException($"Nom de serveur invalide « {value} » : indiquez HOTE ou HOTE:PORT, sans « sftp:// ».");
        }

        string host;
        string? port = null;
        if (value.StartsWith('['))
        {
            var close = value.IndexOf(']');
            if (close < 0) throw new UsageException($"Adresse invalide « {value} » : [adresse IPv6]:port attendu.");
            host = value[1..close];
            if (close + 1 < value.Length) port = value[(close + 1)..].StartsWith(':') ? value[(close + 2)..] : throw new UsageException($"Adresse invalide « {value} ».");
        }
        else if (value.Count(c => c == ':') == 1)
        {
            host = value[..value.IndexOf(':')];
            port = value[(value.IndexOf(':') + 1)..];
        }
        else
        {
            host = value;
        }

        if (host.Length == 0 || host.StartsWith('-') || !host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '_'))
        {
            throw new UsageException($"Nom de serveur invalide « {host} » : un nom DNS ou une adresse IP, sans « sftp:// ».");
        }

        if (port is null) return (host, 22);
        return int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 65535
            ? (host, number)
            : throw new UsageException($"Port invalide « {port} » : un nombre entre 1 et 65535 est attendu.");
    }
}

using EntSync.Worker.Cli.Service;
using EntSync.Worker.Hosting;

namespace EntSync.Worker.Cli.Ent;

/// <summary><c>entsync ent pending | history | release ID | reject ID</c>: the relay's files waiting, its history, and the hand-made decisions.</summary>
internal sealed class EntCommand : ICliCommand
{
    private static readonly HashSet<string> ValueOptions = ["config", "nombre"];

    public string Name => "ent";

    public string Summary => "pending | history | release N | reject N : envois vers l'ENT et les autres destinations";

    public string Help => """
        Utilisation : entsync ent <action> [--config FICHIER]

          pending            les fichiers en attente (retenus ou en échec) avec la raison et leur numéro d'envoi
          history            les dernières tentatives d'envoi : date, destination, résultat, statut HTTP, réponse
                             (--nombre N : combien, 30 par défaut)
          release N          libère l'envoi n°N retenu et l'envoie tout de suite (il n'est envoyé que s'il est plus
                             récent que le dernier fichier envoyé à cette destination)
          reject N           écarte l'envoi n°N : il ne sera jamais envoyé (le fichier reste dans l'archive)

        Un fichier est retenu quand les derniers contrôles de l'établissement montrent une anomalie bloquante
        (codesBloquants de la destination), ou quand c'est le premier fichier d'emploi du temps de l'année scolaire
        (le premier import de l'année dans l'ENT se fait à la main). Il part seul dès qu'un contrôle ne montre plus
        l'anomalie, et il est remplacé si un fichier plus récent arrive.

        Code de sortie : pending 0 rien en attente, 1 des fichiers attendent ; history 0 ; release 0 envoyé (ou simulé),
        1 pas envoyé (refusé, en échec, toujours retenu) ; reject 0 écarté ; 2 impossible (numéro inconnu, fichier
        pas en attente, configuration invalide, synchronisation en cours).

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0) throw new UsageException("Indiquez l'action : pending, history, release N ou reject N.");
        var parsed = CliArguments.Parse(args.Skip(1), ValueOptions, new HashSet<string>());
        var action = args[0];
        long? id = action is "release" or "reject" ? Id(parsed) : null;
        if (id is null && parsed.Positional.Count > 0) throw new UsageException($"Argument inattendu : « {parsed.Positional[0]} ».");
        if (action is not ("pending" or "history" or "release" or "reject")) throw new UsageException($"Action inconnue : « {action} ».");
        var count = parsed.Int("nombre", 30, 1, 1000);

        var config = ServiceConfig.Load(parsed.Value("config"), error);
        if (config is null) return ExitCodes.CouldNotRun;
        try
        {
            using var session = EntSession.Open(config, write: id is not null, output);
            if (session is null) return id is null ? ExitCodes.Done : ExitCodes.CouldNotRun;
            return action switch
            {
                "pending" => EntListing.Pending(session, output),
                "history" => EntListing.History(session, count, output),
                "release" => EntDecision.Release(session, id!.Value, output, error),
                _ => EntDecision.Reject(session, id!.Value, output, error),
            };
        }
        catch (SyncBusyException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.CouldNotRun;
        }
        catch (Infrastructure.State.StateStoreException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.CouldNotRun;
        }
    }

    private static long Id(CliArguments parsed)
    {
        if (parsed.Positional.Count != 1 || !long.TryParse(parsed.Positional[0], System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            throw new UsageException("Indiquez un numéro d'envoi, tel que l'affichent « entsync ent pending » et le résumé de « entsync once ».");
        }

        return id;
    }
}

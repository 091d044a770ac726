using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Processes;
using EntSync.Worker.Install;

namespace EntSync.Worker.Cli.Secret;

/// <summary>
/// <c>entsync secret set NOM</c>: stores a secret (password, token) in the data directory's secrets/ store, for a
/// configuration value "secret:NOM". The data directory comes from the configuration, which is read but not validated:
/// it may refer to the very secret being set.
/// </summary>
internal sealed class SecretCommand(ISecretInput input, IProcessRunner runner) : ICliCommand
{
    public const string DefaultWindowsAccount = @"NT SERVICE\EntSync";
    private static readonly HashSet<string> ValueOptions = ["config", "owner"];

    public SecretCommand()
        : this(new ConsoleSecretInput(), new ExternalProcessRunner())
    {
    }

    public string Name => "secret";

    public string Summary => "enregistre un mot de passe ou un jeton (secret set NOM), hors du fichier de configuration";

    public string Help => $"""
        Utilisation : entsync secret set NOM [--config FICHIER] [--owner COMPTE]

        Demande la valeur sans l'afficher (deux fois), ou la lit sur l'entrée standard si elle est redirigée
        (echo "…" | entsync secret set NOM), et l'enregistre dans secrets/NOM du dossier de données. Dans la
        configuration, écrivez "secret:NOM" à la place de la valeur.
        NOM : {SecretStore.NameRule}.

        Linux : fichier lisible par son seul propriétaire (0600). Lancé en root, --owner donne le fichier au compte
        du service (sudo entsync secret set NOM --owner entsync) ; sinon lancez-le sous ce compte
        (sudo -u entsync entsync secret set NOM).
        Windows : valeur chiffrée (DPAPI, niveau machine), fichier réservé à SYSTEM, aux administrateurs et au compte
        du service (--owner, par défaut {DefaultWindowsAccount}).

        Code de sortie : 0 enregistré, 2 impossible (configuration introuvable, saisies différentes, valeur vide,
        droits insuffisants), 64 commande mal écrite.

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, ValueOptions, new HashSet<string>());
        if (parsed.Positional.Count != 2 || parsed.Positional[0] != "set") throw new UsageException("Attendu : entsync secret set NOM.");
        var name = parsed.Positional[1];
        if (!SecretStore.IsValidName(name)) throw new UsageException($"Nom de secret invalide « {name} » : {SecretStore.NameRule}.");

        var platform = ConfigPlatform.Current();
        var location = new ConfigLocator(platform).Locate(parsed.Value("config"));
        if (new ConfigLoader(platform).Load(location.Path).Config is not { } config)
        {
            error.WriteLine($"Configuration introuvable ou illisible : {location.Path} ({location.Explanation}). " +
                            "Le dossier de données, où le secret est rangé, y est indiqué.");
            return ExitCodes.CouldNotRun;
        }

        var value = input.Read(name, output);
        if (value is null)
        {
            error.WriteLine("Les deux saisies sont différentes : rien n'a été enregistré.");
            return ExitCodes.CouldNotRun;
        }

        if (value.Length == 0)
        {
            error.WriteLine("Valeur vide : rien n'a été enregistré.");
            return ExitCodes.CouldNotRun;
        }

        var file = SecretStore.FilePath(config.DataDirectory, name);
        try
        {
            Store(file, value, parsed.Value("owner"), output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Impossible d'enregistrer le secret dans {file} : {ex.Message}");
            return ExitCodes.CouldNotRun;
        }

        output.WriteLine($"Secret {name} enregistré dans {file}. Dans la configuration, écrivez \"secret:{name}\".");
        return ExitCodes.Done;
    }

    private void Store(string file, string value, string? owner, TextWriter output)
    {
        if (OperatingSystem.IsWindows())
        {
            var account = owner ?? DefaultWindowsAccount;
            if (!WindowsSecretFile.Write(file, value, account))
            {
                output.WriteLine($"Attention : le compte {account} n'existe pas encore (service non installé ?) ; le secret n'est lisible que par " +
                                 "SYSTEM et les administrateurs. Relancez cette commande après l'installation du service.");
            }

            return;
        }

        UnixSecretFile.Write(file, value, owner, new UnixOwnership(runner));
        if (owner is null && Environment.IsPrivilegedProcess)
        {
            output.WriteLine("Attention : le fichier appartient à root, le service ne pourra pas le lire. " +
                             "Relancez avec --owner entsync, ou sous le compte du service (sudo -u entsync entsync secret set …).");
        }
    }
}

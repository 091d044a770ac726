using EntSync.Infrastructure.Configuration;

namespace EntSync.Worker.Cli.Config;

/// <summary><c>entsync config check [--config FILE]</c>: the validation the service runs at start, without starting it.</summary>
internal sealed class ConfigCommand(ConfigPlatform? platform = null, TimeProvider? clock = null) : ICliCommand
{
    private static readonly HashSet<string> ValueOptions = ["config"];

    public string Name => "config";

    public string Summary => "check : vérifie le fichier de configuration (clés, valeurs, dossiers)";

    public string Help => """
        Utilisation : entsync config check [--config FICHIER]

        Lit le fichier de configuration comme le service au démarrage et signale en une fois chaque problème,
        avec son chemin JSON (par ex. sources[0].chemin) et ce qui est attendu : clé inconnue, valeur manquante,
        expression cron invalide, dossier introuvable ou illisible, secret introuvable…

        Fichier lu : --config FICHIER, sinon la variable ENTSYNC_CONFIG, sinon config/entsync.json s'il existe
        dans le dossier courant, sinon %ProgramData%\EntSync\entsync.json (Windows) ou /etc/entsync/entsync.json (Linux).
        Les variables ENTSYNC__SECTION__CLE remplacent les valeurs du fichier, comme pour le service.

          --config FICHIER   le fichier de configuration à vérifier

        Code de sortie : 0 configuration valide, 1 configuration invalide, 2 fichier introuvable ou JSON illisible.

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0) throw new UsageException("Indiquez l'action : entsync config check.");
        if (args[0] != "check") throw new UsageException($"Action inconnue : « {args[0]} » (seule « check » existe).");
        var parsed = CliArguments.Parse(args.Skip(1), ValueOptions, new HashSet<string>());
        if (parsed.Positional.Count > 0) throw new UsageException($"Argument inattendu : « {parsed.Positional[0]} ».");

        var env = platform ?? ConfigPlatform.Current();
        var location = new ConfigLocator(env).Locate(parsed.Value("config"));
        var result = ConfigCheck.Run(location.Path, env, clock ?? TimeProvider.System);

        if (result.FileUnusable)
        {
            if (File.Exists(location.Path)) foreach (var p in result.Problems) error.WriteLine(p);
            else error.WriteLine($"Fichier de configuration introuvable : {location.Path} ({location.Explanation}).");
            return ExitCodes.CouldNotRun;
        }

        if (!result.IsValid)
        {
            output.WriteLine($"Configuration invalide : {location.Path}");
            foreach (var p in result.Errors) output.WriteLine($"  {p}");
            WriteWarnings(result, output);
            return ExitCodes.ProblemsFound;
        }

        output.WriteLine($"Configuration valide : {location.Path}");
        WriteSummary(result.Config!, output);
        WriteWarnings(result, output);
        return ExitCodes.Done;
    }

    private static void WriteSummary(LoadedConfig config, TextWriter output)
    {
        var options = config.Options;
        output.WriteLine($"  Établissements : {options.Etablissements.Count} ({string.Join(", ", options.Etablissements.Select(e => e.Uai))})");
        output.WriteLine($"  Sources : {options.Sources.Count}");
        foreach (var s in options.Sources) output.WriteLine($"    {s.Nom} : {s.Type} {s.Chemin} (après traitement : {s.ApresTraitement})");
        output.WriteLine($"  Dossier de données : {config.DataDirectory}");
    }

    private static void WriteWarnings(ConfigLoadResult result, TextWriter output)
    {
        foreach (var p in result.Warnings) output.WriteLine($"  Attention : {p}");
    }
}

using EntSync.Infrastructure.Configuration;
using EntSync.Worker.Hosting;
using EntSync.Worker.Operations;
using EntSync.Worker.Operations.Diagnostic;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Worker.Cli.Diagnostic;

/// <summary>
/// <c>entsync diagnostic</c>: the checklist a technician runs after an install or when something is wrong, with a fix
/// for every ✘. The configuration comes first: without a valid one nothing else can be checked.
/// </summary>
internal sealed class DiagnosticCommand(IReadOnlyList<IDiagnosticCheck> checks, Func<ServiceStateProbe> probe) : ICliCommand
{
    private static readonly HashSet<string> ValueOptions = ["config"];

    public DiagnosticCommand()
        : this(DiagnosticChecks.CreateDefault(), ServiceStateProbe.ForThisMachine)
    {
    }

    public string Name => "diagnostic";

    public string Summary => "vérifie l'installation (configuration, dossiers, disque, sources…) et dit comment corriger";

    public string Help => """
        Utilisation : entsync diagnostic [--config FICHIER]

        Vérifie, sans rien envoyer ni rien prendre : la configuration, le dossier de données et celui des journaux
        (écriture), l'espace disque, chaque source (joignable, liste de fichiers). Chaque ligne est marquée
        ✔ (bon), ⚠ (à surveiller) ou ✘ (à corriger), avec la correction à faire.
        Lancez-le sous le compte du service pour vérifier ses droits : sudo -u entsync entsync diagnostic (Linux).

        Code de sortie : 0 tout est bon, 1 au moins un ⚠ ou ✘, 2 configuration absente ou invalide.

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, ValueOptions, new HashSet<string>());
        if (parsed.Positional.Count > 0) throw new UsageException($"Argument inattendu : « {parsed.Positional[0]} ».");

        output.WriteLine($"EntSync {AppVersion.Current} – service : {probe().Describe()}");
        if (!OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess)
        {
            output.WriteLine("Remarque : lancé en root, ce diagnostic vérifie les droits de root, pas ceux du service (sudo -u entsync entsync diagnostic).");
        }

        output.WriteLine();
        var platform = ConfigPlatform.Current();
        var location = new ConfigLocator(platform).Locate(parsed.Value("config"));
        var loaded = ConfigCheck.Run(location.Path, platform, TimeProvider.System);
        if (!loaded.IsValid)
        {
            Write(output, DiagnosticResult.Failure($"Configuration invalide ou absente : {location.Path} ({location.Explanation})",
                "Corrigez chaque point ci-dessous, puis : entsync config check"));
            foreach (var p in loaded.Errors) output.WriteLine(string.IsNullOrEmpty(p.Path) ? $"      {p.Message}" : $"      {p.Path} : {p.Message}");
            return ExitCodes.CouldNotRun;
        }

        var results = new List<DiagnosticResult>
        {
            !loaded.Warnings.Any()
                ? DiagnosticResult.Ok($"Configuration valide : {location.Path}")
                : DiagnosticResult.Warning($"Configuration valide avec {loaded.Warnings.Count()} avertissement(s) : {location.Path}",
                    "entsync config check les détaille."),
        };
        Write(output, results[0]);
        var context = new DiagnosticContext(loaded.Config!, TimeProvider.System, NullLoggerFactory.Instance);
        foreach (var check in checks)
        {
            foreach (var result in check.RunAsync(context, CancellationToken.None).GetAwaiter().GetResult())
            {
                Write(output, result);
                results.Add(result);
            }
        }

        var problems = results.Count(r => r.Status != DiagnosticStatus.Ok);
        output.WriteLine();
        output.WriteLine(problems == 0 ? "Tout est bon." : $"{problems} point(s) à voir ci-dessus.");
        return problems == 0 ? ExitCodes.Done : ExitCodes.ProblemsFound;
    }

    private static void Write(TextWriter output, DiagnosticResult result)
    {
        var mark = result.Status switch { DiagnosticStatus.Ok => "✔", DiagnosticStatus.Warning => "⚠", _ => "✘" };
        output.WriteLine($"{mark} {result.Label}");
        if (result.Fix is not null) output.WriteLine($"    → {result.Fix}");
    }
}

using EntSync.Core.Pipeline;
using EntSync.Core.Reporting;
using EntSync.Core.Rules;
using EntSync.Core.Snapshot;

namespace EntSync.Worker.Cli.Check;

/// <summary><c>entsync check</c>: reads every export given, assembles each establishment's snapshot and runs all checks.</summary>
internal sealed class CheckCommand : ICliCommand
{
    private static readonly HashSet<string> ValueOptions = ["previous", "uai", "annee", "html"];
    private static readonly HashSet<string> Flags = ["json"];

    public string Name => "check";

    public string Summary => "contrôle la cohérence des exports SIECLE, STS-Web et emploi du temps";

    public string Help => """
        Utilisation : entsync check CHEMIN... [--previous CHEMIN]... [--uai UAI] [--annee AAAA] [--json] [--html FICHIER]

        Lit tous les exports (les dossiers sont parcourus), garde le plus récent de chaque type par établissement
        et par année scolaire, puis lance tous les contrôles. Chaque établissement et chaque année sont contrôlés
        séparément, jamais mélangés.

          --previous CHEMIN  exports précédents, pour les contrôles qui comparent deux exports
                             (groupe renommé, export partiel) ; ce chemin est exclu des exports actuels
          --uai UAI          ne contrôler que cet établissement (les fichiers d'un autre sont signalés)
          --annee AAAA       année scolaire en cours (rentrée), sinon celle du dernier export SIECLE
          --json             le résultat en JSON
          --html FICHIER     écrit aussi le résultat en page HTML autonome

        Code de sortie : 0 aucune erreur, 1 au moins une anomalie de niveau Erreur (un fichier illisible en est une),
        2 aucun chemin utilisable.

        """;

    /// <summary>The file itself or anything below the folder; "precedent-2023" is not within "precedent".</summary>
    private static bool IsWithin(string file, string path) =>
        file == path || file.StartsWith(Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, ValueOptions, Flags);
        if (parsed.Positional.Count == 0) throw new UsageException("Indiquez au moins un fichier ou un dossier à contrôler.");
        var previousPaths = parsed.Values("previous");
        var missing = parsed.Positional.Concat(previousPaths).Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing) error.WriteLine($"Chemin introuvable : {path}");
        if (missing.Count > 0) return ExitCodes.CouldNotRun;

        var excluded = previousPaths.Select(Path.GetFullPath).ToList();
        var currentFiles = InputFiles.Expand(parsed.Positional).Where(f => !excluded.Any(p => IsWithin(Path.GetFullPath(f), p))).ToList();
        if (currentFiles.Count == 0)
        {
            error.WriteLine("Aucun fichier à contrôler dans les chemins indiqués.");
            return ExitCodes.CouldNotRun;
        }

        var options = new SnapshotOptions { Uai = parsed.Value("uai")?.ToUpperInvariant(), SchoolYear = parsed.Has("annee") ? parsed.Int("annee", 0, 2000, 2100) : null };
        var current = CheckPipeline.Assemble(currentFiles, options);
        var previous = previousPaths.Count == 0 ? [] : CheckPipeline.Assemble(InputFiles.Expand(previousPaths), options);

        var runner = new RuleRunner(AnomalyRules.CreateDefault());
        var results = current
            .Select(s => runner.Run(new SnapshotPair(s, previous.FirstOrDefault(p => string.Equals(p.Uai, s.Uai, StringComparison.OrdinalIgnoreCase)))))
            .ToList();

        if (parsed.Has("json")) output.WriteLine(CheckJson.Serialize(results));
        else
        {
            foreach (var r in results)
            {
                CheckTextRenderer.Write(r, output);
                output.WriteLine();
            }
        }

        if (parsed.Value("html") is { } htmlPath)
        {
            File.WriteAllText(htmlPath, CheckHtmlRenderer.Render(results, DateTime.Now));
            if (!parsed.Has("json")) output.WriteLine($"Page HTML écrite : {htmlPath}");
        }

        return results.Any(r => r.HasErrors) ? ExitCodes.ProblemsFound : ExitCodes.Done;
    }
}

using EntSync.Core.Inspection;
using EntSync.Core.Readers;

namespace EntSync.Worker.Cli.Inspect;

/// <summary><c>entsync inspect FILE...</c>: what each file is, what it holds, or why it is refused.</summary>
internal sealed class InspectCommand : ICliCommand
{
    private static readonly HashSet<string> Flags = ["json"];

    public string Name => "inspect";

    public string Summary => "identifie et lit des fichiers d'export (type, UAI, année, contenu ou motif de refus)";

    public string Help => """
        Utilisation : entsync inspect FICHIER|DOSSIER... [--json]

        Pour chaque fichier (les dossiers sont parcourus, les archives zip ouvertes) : le type d'export, l'UAI,
        l'année scolaire, la date d'export et le nombre d'enregistrements, ou la raison du refus (avec la ligne
        et la colonne pour un XML mal formé).

          --json   une liste JSON, un objet par fichier

        Code de sortie : 0 tout a été lu, 1 un fichier est refusé ou inconnu, 2 un chemin n'existe pas.

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, new HashSet<string>(), Flags);
        if (parsed.Positional.Count == 0) throw new UsageException("Indiquez au moins un fichier ou un dossier.");

        var missing = parsed.Positional.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing) error.WriteLine($"Chemin introuvable : {path}");
        if (missing.Count > 0) return ExitCodes.CouldNotRun;

        var inspector = new ExportInspector(ExportReaderCatalog.CreateDefault());
        var results = InputFiles.Expand(parsed.Positional).SelectMany(f => inspector.InspectFile(f)).ToList();

        if (parsed.Has("json")) output.WriteLine(InspectionJson.Serialize(results));
        else InspectionText.Write(results, output);

        return results.All(r => r.Ok) ? ExitCodes.Done : ExitCodes.ProblemsFound;
    }
}

using EntSync.Generator;
using EntSync.Generator.Anomalies;

namespace EntSync.Worker.Cli.Generate;

/// <summary><c>entsync generate</c>: fictitious, consistent exports for tests, the demo and the benchmark.</summary>
internal sealed class GenerateCommand : ICliCommand
{
    private static readonly HashSet<string> ValueOptions = ["pupils", "etablissements", "seed", "out", "anomalies", "annee"];

    public string Name => "generate";

    public string Summary => "génère les exports d'un établissement fictif (tests, démonstration, mesures)";

    public string Help => $"""
        Utilisation : entsync generate --pupils N --out DOSSIER [--seed S] [--etablissements K] [--annee AAAA]
                                       [--anomalies CODE,CODE...]

        Écrit un établissement fictif (ou K) cohérent dans tous les formats lus par EntSync : SIECLE, STS-Web,
        EDT (chiffré, en clair, texte), UDT, liens élève-groupe. Même graine, mêmes fichiers.
        Avec plusieurs établissements, un sous-dossier par UAI. Les anomalies qui se voient entre deux exports
        écrivent l'export précédent dans un sous-dossier « precedent ».

          --pupils N          nombre d'élèves par établissement (défaut 300)
          --seed S            graine (défaut 1)
          --etablissements K  nombre d'établissements (défaut 1)
          --annee AAAA        année scolaire de la rentrée (défaut 2026, soit 2026-2027)
          --anomalies         anomalies à introduire, séparées par des virgules :
        {string.Join(Environment.NewLine, AnomalyCatalog.All.Select(a => $"                        {a.Name} : {a.Description}"))}

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, ValueOptions, new HashSet<string>());
        if (parsed.Positional.Count > 0) throw new UsageException($"Argument inattendu : « {parsed.Positional[0]} ».");
        var outDir = parsed.Value("out") ?? throw new UsageException("Indiquez le dossier de sortie avec --out.");
        var anomalies = (parsed.Value("anomalies") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = anomalies.Where(a => AnomalyCatalog.Find(a) is null).ToList();
        if (unknown.Count > 0) throw new UsageException($"Anomalie inconnue : {string.Join(", ", unknown)}.");

        var options = new GeneratorOptions
        {
            Pupils = parsed.Int("pupils", 300, 1, 1_000_000),
            Seed = parsed.Int("seed", 1, 0, int.MaxValue / 10_000),
            Etablissements = parsed.Int("etablissements", 1, 1, 500),
            SchoolYear = parsed.Int("annee", 2026, 2000, 2100),
            Anomalies = anomalies,
        };

        var report = SchoolGenerator.Generate(options, outDir);
        foreach (var s in report.Schools)
        {
            output.WriteLine($"{s.Uai} {s.Nom} : {s.Eleves.Count} élèves, {s.Personnes.Count} responsables, " +
                             $"{s.Individus.Count(i => i.Fonction == "ENS")} enseignants, {s.Divisions.Count} divisions, " +
                             $"{s.Groupes.Count} groupes, {s.Cours.Count} cours.");
        }

        output.WriteLine($"{report.Files.Count} fichier(s) écrit(s) dans {outDir}.");
        return ExitCodes.Done;
    }
}

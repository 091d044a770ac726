using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using EntSync.Generator;

namespace EntSync.Worker.Cli.Bench;

/// <summary>
/// <c>entsync bench</c>: generates stress-size schools and measures reading them against two reference parsers run in
/// the same session on the same files: libxml2's streaming reader (<c>xmllint --stream --noout</c>) and a Python
/// ElementTree iterparse loop. Reports wall time, EntSync's peak memory, ratios and the time per pupil across sizes
/// (linearity). Figures, not assertions: targets are judged by a person, not by a timed test.
/// </summary>
internal sealed class BenchCommand : ICliCommand
{
    private static readonly HashSet<string> ValueOptions = ["sizes", "dir", "seed"];

    public string Name => "bench";

    public string Summary => "mesure la lecture de gros volumes (temps, mémoire) face à xmllint et Python";

    public string Help => """
        Utilisation : entsync bench [--sizes 1000,10000,100000] [--dir bench-data] [--seed 1]

        Pour chaque taille (nombre d'élèves d'un établissement fictif) : génère les exports s'ils n'existent pas,
        puis mesure la lecture complète par EntSync et les contrôles (chacun dans un processus à part, pour la
        mémoire de pointe),
        par « xmllint --stream --noout » (paquet Debian libxml2-utils) et par une boucle Python
        xml.etree.ElementTree.iterparse, sur les mêmes fichiers XML.
        Objectifs : lecture en au plus 2 fois le temps de xmllint, moins de 400 Mo de mémoire (lecture et contrôles),
        temps proportionnel à la taille.

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, ValueOptions, new HashSet<string>());
        var sizes = (parsed.Value("sizes") ?? "1000,10000,100000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new UsageException($"Taille invalide : « {s} »."))
            .ToList();
        var root = parsed.Value("dir") ?? "bench-data";
        var seed = parsed.Int("seed", 1, 0, 100_000);
        var hasXmllint = ProcessTimer.Exists("xmllint");
        var hasPython = ProcessTimer.Exists("python3");
        if (!hasXmllint) error.WriteLine("xmllint absent : installez le paquet Debian libxml2-utils pour la comparaison.");

        var rows = new List<BenchRow>();
        foreach (var size in sizes)
        {
            var dir = Path.Combine(root, size.ToString(CultureInfo.InvariantCulture));
            EnsureGenerated(dir, size, seed, output);
            var plain = EnsurePlainXml(dir);
            var ours = RunEntSync(dir, "bench-read");
            var check = RunEntSync(dir, "bench-read", "--check");
            var xmllint = hasXmllint ? TimeXmllint(plain) : (TimeSpan?)null;
            var python = hasPython ? TimePython(plain) : null;
            var bytes = plain.Sum(f => new FileInfo(f).Length);
            var row = new BenchRow(size, plain.Count, bytes, ours, check, xmllint, python);
            rows.Add(row);
            output.WriteLine(row.Describe());
        }

        output.WriteLine(BenchRow.Linearity(rows));
        File.WriteAllText(Path.Combine(root, "bench-result.json"), JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
        return ExitCodes.Done;
    }

    private static void EnsureGenerated(string dir, int pupils, int seed, TextWriter output)
    {
        var marker = Path.Combine(dir, $".generated-seed{seed}");
        if (File.Exists(marker)) return;
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        output.WriteLine($"Génération de {pupils} élèves dans {dir}…");
        SchoolGenerator.Generate(new GeneratorOptions { Pupils = pupils, Seed = seed }, dir);
        File.WriteAllText(marker, "");
    }

    /// <summary>The reference parsers read plain XML: zip entries are extracted once into a hidden folder.</summary>
    private static List<string> EnsurePlainXml(string dir)
    {
        var plainDir = Path.Combine(dir, ".xml");
        if (!Directory.Exists(plainDir))
        {
            Directory.CreateDirectory(plainDir);
            foreach (var zip in Directory.EnumerateFiles(dir, "*.zip"))
            {
                var target = Path.Combine(plainDir, Path.GetFileNameWithoutExtension(zip));
                ZipFile.ExtractToDirectory(zip, target);
            }
        }

        return Directory.EnumerateFiles(dir, "*.xml").Concat(Directory.EnumerateFiles(plainDir, "*.xml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static BenchReadResult RunEntSync(string dir, params string[] verb)
    {
        var (program, prefix) = ProcessTimer.Self();
        var (_, exit, text) = ProcessTimer.Run(program, [.. prefix, .. verb, dir]);
        var json = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'))
                   ?? throw new InvalidOperationException($"bench-read a échoué (code {exit}) : {text}");
        return JsonSerializer.Deserialize<BenchReadResult>(json)!;
    }

    private static TimeSpan TimeXmllint(IEnumerable<string> files)
    {
        var total = TimeSpan.Zero;
        foreach (var f in files)
        {
            var (elapsed, exit, text) = ProcessTimer.Run("xmllint", ["--stream", "--noout", f]);
            if (exit != 0) throw new InvalidOperationException($"xmllint refuse {f} : {text}");
            total += elapsed;
        }

        return total;
    }

    private const string PythonLoop = """
        import sys
        import xml.etree.ElementTree as ET
        n = 0
        for path in sys.argv[1:]:
            for _, element in ET.iterparse(path):
                n += 1
                element.clear()
        print(n)
        """;

    private static TimeSpan? TimePython(IReadOnlyList<string> files)
    {
        var (elapsed, exit, _) = ProcessTimer.Run("python3", ["-c", PythonLoop, .. files]);
        return exit == 0 ? elapsed : null;
    }
}

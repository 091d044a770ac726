using System.Diagnostics;
using System.Text.Json;
using EntSync.Core.Inspection;
using EntSync.Core.Readers;

namespace EntSync.Worker.Cli.Bench;

/// <summary>
/// Hidden verb run by <c>entsync bench</c> in a fresh process, so that the peak memory it reports is the reading's
/// alone (not the generator's). Reads every file under a folder, keeps nothing, prints one JSON line.
/// </summary>
internal sealed class BenchReadCommand : ICliCommand
{
    public string Name => "bench-read";

    public string Summary => "";

    public string Help => "Utilisation interne : entsync bench-read DOSSIER (lit tout, affiche temps et mémoire en JSON).\n";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count != 1 || !Directory.Exists(args[0])) throw new UsageException("Indiquez un dossier existant.");
        var files = InputFiles.Expand(args).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.", StringComparison.Ordinal)).ToList();
        var inspector = new ExportInspector(ExportReaderCatalog.CreateDefault(), new ReadLimits { MaxFileBytes = 4L << 30, MaxZipTotalBytes = 8L << 30 });

        var watch = Stopwatch.StartNew();
        long records = 0;
        var failed = 0;
        foreach (var file in files)
        {
            foreach (var result in inspector.InspectFile(file))
            {
                if (!result.Ok) failed++;
                records += Inspect.InspectionJson.Counts(result.Counts)?.Values.Sum() ?? 0;
            }
        }

        watch.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        output.WriteLine(JsonSerializer.Serialize(new BenchReadResult(watch.Elapsed.TotalSeconds, self.PeakWorkingSet64, files.Count, failed, records)));
        return failed == 0 ? ExitCodes.Done : ExitCodes.ProblemsFound;
    }
}

using System.Diagnostics;
using System.Text.Json;
using EntSync.Core.Inspection;
using EntSync.Core.Readers;
using EntSync.Core.Rules;
using EntSync.Core.Pipeline;
using EntSync.Core.Snapshot;

namespace EntSync.Worker.Cli.Bench;

/// <summary>
/// Hidden verb run by <c>entsync bench</c> in a fresh process, so that the peak memory it reports is the reading's
/// alone (not the generator's). Reads every file under a folder, keeps nothing, prints one JSON line.
/// </summary>
internal sealed class BenchReadCommand : ICliCommand
{
    public string Name => "bench-read";

    public string Summary => "";

    public string Help => "Utilisation interne : entsync bench-read DOSSIER [--check] (lit tout, et contrôle avec --check ; temps et mémoire en JSON).\n";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, new HashSet<string>(), new HashSet<string> { "check" });
        if (parsed.Positional.Count != 1 || !Directory.Exists(parsed.Positional[0])) throw new UsageException("Indiquez un dossier existant.");
        var files = InputFiles.Expand(parsed.Positional).ToList();
        if (parsed.Has("check")) return RunCheck(files, output);
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
        output.WriteLine(JsonSerializer.Serialize(new BenchReadResult(watch.Elapsed.TotalSeconds, PeakBytes(), files.Count, failed, records)));
        return failed == 0 ? ExitCodes.Done : ExitCodes.ProblemsFound;
    }

    /// <summary>Reading for the checks (contents kept), assembling and running every rule: what <c>check</c> does.</summary>
    private static int RunCheck(List<string> files, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var snapshots = CheckPipeline.Assemble(files, new SnapshotOptions());
        var runner = new RuleRunner(AnomalyRules.CreateDefault());
        var anomalies = snapshots.Sum(s => runner.Run(new SnapshotPair(s, null)).Anomalies.Count);
        watch.Stop();
        output.WriteLine(JsonSerializer.Serialize(new BenchReadResult(watch.Elapsed.TotalSeconds, PeakBytes(), files.Count, 0, anomalies)));
        return ExitCodes.Done;
    }

    private static long PeakBytes()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }
}

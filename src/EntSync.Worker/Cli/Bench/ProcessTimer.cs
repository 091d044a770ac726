using System.Diagnostics;

namespace EntSync.Worker.Cli.Bench;

/// <summary>Runs an external program to completion and measures its wall time; output is captured, not shown.</summary>
internal static class ProcessTimer
{
    public static (TimeSpan Elapsed, int ExitCode, string Output) Run(string program, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Impossible de lancer {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        return (watch.Elapsed, process.ExitCode, stdout.Result + stderr.Result);
    }

    public static bool Exists(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Any(dir => File.Exists(Path.Combine(dir, program)));

    /// <summary>How to start this same program again (an apphost, or "dotnet entsync.dll").</summary>
    public static (string Program, List<string> Prefix) Self()
    {
        var path = Environment.ProcessPath ?? "dotnet";
        if (Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return (path, [typeof(ProcessTimer).Assembly.Location]);
        }

        return (path, []);
    }
}

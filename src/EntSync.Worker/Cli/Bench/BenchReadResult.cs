namespace EntSync.Worker.Cli.Bench;

/// <summary>What one reading pass measured (JSON between the bench and its child process).</summary>
internal sealed record BenchReadResult(double Seconds, long PeakBytes, int Files, int Failed, long Records);

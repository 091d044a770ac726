namespace EntSync.Infrastructure.Processes;

/// <summary>Runs external programs; behind an interface so adapters can be unit-tested without them.</summary>
public interface IProcessRunner
{
    /// <summary>
    /// Runs the program to its end or its timeout (then kills it and its children, and returns TimedOut). Cancellation
    /// kills it the same way, then throws <see cref="OperationCanceledException"/>.
    /// </summary>
    Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken);
}

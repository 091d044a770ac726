using EntSync.Infrastructure.Processes;

namespace EntSync.Infrastructure.Tests.Sources.Ftp;

/// <summary>The real runner, keeping every request it was given (to check what a command line would show).</summary>
internal sealed class RecordingProcessRunner : IProcessRunner
{
    private readonly ExternalProcessRunner inner = new();
    private readonly List<ProcessRequest> requests = [];

    public IReadOnlyList<ProcessRequest> Requests
    {
        get
        {
            lock (requests) return requests.ToList();
        }
    }

    public Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken)
    {
        lock (requests) requests.Add(request);
        return inner.RunAsync(request, cancellationToken);
    }
}

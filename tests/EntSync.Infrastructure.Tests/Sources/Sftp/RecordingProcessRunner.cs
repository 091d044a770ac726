using EntSync.Infrastructure.Processes;

namespace EntSync.Infrastructure.Tests.Sources.Sftp;

/// <summary>Runs programs for real, counts the calls and lets a test act after a given one (e.g. stop the server).</summary>
internal sealed class RecordingProcessRunner(IProcessRunner inner, Action<int>? afterCall = null) : IProcessRunner
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public List<ProcessRequest> Requests { get; } = [];

    public async Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken)
    {
        lock (Requests) Requests.Add(request);
        var result = await inner.RunAsync(request, cancellationToken);
        var call = Interlocked.Increment(ref calls);
        afterCall?.Invoke(call);
        return result;
    }
}

namespace EntSync.Infrastructure.Sources.Remote;

/// <summary>
/// Retries an operation that failed for a transient reason (timeout, refused connection, FTP 4xx), waiting longer each
/// time (DESIGN.md §6: bounded retry with backoff, then the run marks the source failed and the next run tries again).
/// Anything <paramref name="isTransient"/> rejects — wrong credentials, a changed host key — is thrown at once.
/// </summary>
internal sealed class TransientRetry(int attempts, TimeSpan firstDelay, TimeProvider time)
{
    public static TransientRetry Default(TimeProvider time) => new(3, TimeSpan.FromSeconds(2), time);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, Func<Exception, bool> isTransient, CancellationToken cancellationToken)
    {
        var delay = firstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation(cancellationToken);
            }
            catch (Exception ex) when (attempt < attempts && ex is not OperationCanceledException && isTransient(ex))
            {
                await Task.Delay(delay, time, cancellationToken);
                delay *= 2;
            }
        }
    }

    public Task RunAsync(Func<CancellationToken, Task> operation, Func<Exception, bool> isTransient, CancellationToken cancellationToken) =>
        RunAsync(async token => { await operation(token); return true; }, isTransient, cancellationToken);
}

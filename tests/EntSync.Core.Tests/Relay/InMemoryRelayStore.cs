using EntSync.Core.Relay;

namespace EntSync.Core.Tests.Relay;

/// <summary>The relay's state kept in lists, for the runner's tests (the SQLite store has its own tests).</summary>
internal sealed class InMemoryRelayStore : IRelayStore
{
    private readonly List<RelayItem> _items = [];
    private readonly List<RelayAttempt> _attempts = [];

    public IReadOnlyList<RelayAttempt> Attempts => _attempts;

    public Task<RelayItem?> AddAsync(RelayItem item, CancellationToken cancellationToken)
    {
        if (_items.Any(i => i.Destination == item.Destination && i.Sha256 == item.Sha256)) return Task.FromResult<RelayItem?>(null);
        var added = item with { Id = _items.Count + 1 };
        _items.Add(added);
        return Task.FromResult<RelayItem?>(added);
    }

    public Task<IReadOnlyList<RelayItem>> ItemsAsync(string destination, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RelayItem>>(_items.Where(i => i.Destination == destination).ToList());

    public Task<RelayItem?> FindAsync(long id, CancellationToken cancellationToken) => Task.FromResult(_items.FirstOrDefault(i => i.Id == id));

    public Task UpdateAsync(RelayItem item, CancellationToken cancellationToken)
    {
        _items[_items.FindIndex(i => i.Id == item.Id)] = item;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RelayItem>> WaitingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RelayItem>>(_items.Where(i => i.IsWaiting).ToList());

    public Task<long> StartAttemptAsync(RelayItem item, DateTime startedAt, CancellationToken cancellationToken)
    {
        _attempts.Add(new RelayAttempt(_attempts.Count + 1, item.Id, item.Destination, item.Sha256, item.FileName, startedAt, null, null, null, null, null));
        return Task.FromResult((long)_attempts.Count);
    }

    public Task FinishAttemptAsync(long attemptId, DeliveryResult result, DateTime finishedAt, CancellationToken cancellationToken)
    {
        var index = (int)attemptId - 1;
        _attempts[index] = _attempts[index] with
        {
            FinishedAt = finishedAt, Outcome = result.Outcome, HttpStatus = result.HttpStatus, Error = result.Error, Answer = result.Answer,
        };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RelayAttempt>> AttemptsAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RelayAttempt>>(_attempts.AsEnumerable().Reverse().Take(count).ToList());

    public Task<IReadOnlyList<RelayItem>> ChangedSinceAsync(string uai, DateTime since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RelayItem>>(_items.Where(i => i.Uai == uai && i.UpdatedAt >= since).ToList());
}

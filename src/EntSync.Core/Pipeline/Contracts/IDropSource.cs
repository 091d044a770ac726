namespace EntSync.Core.Pipeline.Contracts;

/// <summary>
/// A place staff drop exports into. A source never deletes blindly: <see cref="CompleteAsync"/> is called only after the
/// file's copy is in the inbox and recorded in the state store.
/// </summary>
public interface IDropSource
{
    string Name { get; }

    /// <summary>Files ready to take: their size and time did not change across two looks (still being copied otherwise).</summary>
    IAsyncEnumerable<DropFile> ListReadyAsync(CancellationToken cancellationToken);

    Task<Stream> OpenReadAsync(DropFile file, CancellationToken cancellationToken);

    /// <summary>Applies the source's after-processing choice (move to <c>traites/</c>, delete, or keep).</summary>
    Task CompleteAsync(DropFile file, DropOutcome outcome, CancellationToken cancellationToken);
}

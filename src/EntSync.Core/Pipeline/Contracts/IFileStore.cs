namespace EntSync.Core.Pipeline.Contracts;

/// <summary>
/// The data directory's folders (DESIGN.md §5): inbox, archive, quarantine, rapports. Every write is atomic (temporary
/// name, then rename), names carry a time stamp so nothing collides, and nothing is ever deleted by these methods.
/// </summary>
public interface IFileStore
{
    /// <summary>Copies a collected file into the inbox as <c>&lt;yyyyMMddTHHmmss&gt;_&lt;name&gt;</c>, hashing it on the way.</summary>
    Task<InboxFile> ReceiveAsync(string originalName, Stream content, DateTime now, CancellationToken cancellationToken);

    /// <summary>Moves an inbox file to quarantine with <c>&lt;same name&gt;.raison.txt</c> beside it (French reason); returns the new path.</summary>
    Task<string> QuarantineAsync(InboxFile file, string reason, DateTime now, CancellationToken cancellationToken);

    /// <summary>Moves an inbox file to <c>archive/&lt;yyyy-MM-dd&gt;/</c>; returns the new path.</summary>
    Task<string> ArchiveAsync(InboxFile file, DateTime now, CancellationToken cancellationToken);

    /// <summary>Writes a report page to <c>rapports/</c> (atomically); returns its path.</summary>
    Task<string> WriteReportAsync(string fileName, string content, CancellationToken cancellationToken);

    /// <summary>Inbox files left by an interrupted run, to finish their processing.</summary>
    IReadOnlyList<string> PendingInboxFiles();
}

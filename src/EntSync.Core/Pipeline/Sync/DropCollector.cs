using System.Security.Cryptography;
using EntSync.Core.Pipeline.Contracts;
using Microsoft.Extensions.Logging;

namespace EntSync.Core.Pipeline.Sync;

/// <summary>
/// Takes the ready files of one source. The order is what makes a crash harmless: hash; if the content is already
/// known, only finish the source's after-processing (a crash may have stopped before it); else copy to the inbox,
/// record it, process it, and only then let the source move or delete its file.
/// </summary>
internal sealed class DropCollector(IFileStore files, IStateStore state, TimeProvider time, ILogger logger)
{
    public async Task CollectAsync(IDropSource source, Func<FileRecord, Task<FileRecord>> process, List<FileRecord> received, CancellationToken cancellationToken)
    {
        await foreach (var drop in source.ListReadyAsync(cancellationToken))
        {
            try
            {
                var sha256 = await HashAsync(source, drop, cancellationToken);
                var known = await state.FindFileAsync(sha256, cancellationToken);
                if (known is not null)
                {
                    await source.CompleteAsync(drop, known.Status == FileStatus.Quarantaine ? DropOutcome.Quarantined : DropOutcome.Done, cancellationToken);
                    continue;
                }

                InboxFile inbox;
                await using (var content = await source.OpenReadAsync(drop, cancellationToken))
                {
                    inbox = await files.ReceiveAsync(drop.Name, content, Now(), cancellationToken);
                }

                var record = new FileRecord
                {
                    Sha256 = inbox.Sha256, Source = source.Name, OriginalName = drop.Name, Size = inbox.Size, ReceivedAt = Now(),
                    Status = FileStatus.Recu, Path = inbox.Path,
                };
                record = record with { Id = await state.RecordFileAsync(record, cancellationToken) };
                var done = await process(record);
                received.Add(done);
                await source.CompleteAsync(drop, done.Status == FileStatus.Quarantaine ? DropOutcome.Quarantined : DropOutcome.Done, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left where it is: the next run tries again. Only the error type is logged (names may be personal).
                logger.LogWarning("Source {Source} : un fichier n'a pas pu être pris ({Error}), nouvel essai au prochain passage", source.Name, ex.GetType().Name);
            }
        }
    }

    private static async Task<string> HashAsync(IDropSource source, DropFile drop, CancellationToken cancellationToken)
    {
        await using var content = await source.OpenReadAsync(drop, cancellationToken);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
    }

    private DateTime Now() => time.GetLocalNow().DateTime;
}

using EntSync.Core.Identification;

namespace EntSync.Core.Snapshot;

/// <summary>
/// Which of several exports of one kind is "the latest": the newest export date, then the greatest name. The check
/// pipeline (which contents to keep) and the assembler (which export a snapshot uses) must agree, so both order here.
/// </summary>
public static class NewestExport
{
    public static IOrderedEnumerable<T> NewestFirst<T>(this IEnumerable<T> exports, Func<T, ExportIdentity> identity, Func<T, string> name) =>
        exports.OrderByDescending(e => identity(e).ExportDate ?? DateTime.MinValue).ThenByDescending(name, StringComparer.Ordinal);
}

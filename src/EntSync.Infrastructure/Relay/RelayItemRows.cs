using EntSync.Core.Model;
using EntSync.Core.Relay;
using EntSync.Infrastructure.State;
using Microsoft.Data.Sqlite;

namespace EntSync.Infrastructure.Relay;

/// <summary>How a <see cref="RelayItem"/> maps to a row of <c>relay_items</c>.</summary>
internal static class RelayItemRows
{
    public const string Columns =
        "id, destination, file_id, sha256, kind, uai, school_year, exported_at, file_name, path, status, reason, hold_code, created_at, " +
        "updated_at, sent_at, remote_name, released";

    public static RelayItem Read(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Destination = r.GetString(1),
        FileId = r.GetInt64(2),
        Sha256 = r.GetString(3),
        Kind = Enum.Parse<ExportKind>(r.GetString(4)),
        Uai = r.GetString(5),
        SchoolYear = r.IsDBNull(6) ? null : r.GetInt32(6),
        ExportedAt = IsoDates.Parse(r.GetString(7)),
        FileName = r.GetString(8),
        Path = r.GetString(9),
        Status = Enum.Parse<RelayStatus>(r.GetString(10)),
        Reason = r.NullableString(11),
        HoldCode = r.NullableString(12),
        CreatedAt = IsoDates.Parse(r.GetString(13)),
        UpdatedAt = IsoDates.Parse(r.GetString(14)),
        SentAt = r.NullableString(15) is { } sent ? IsoDates.Parse(sent) : null,
        RemoteName = r.NullableString(16),
        Released = r.GetInt64(17) == 1,
    };

    /// <summary>The fields <see cref="IRelayStore.UpdateAsync"/> may change, plus the id.</summary>
    public static (string Name, object? Value)[] Mutable(RelayItem item) =>
    [
        ("@id", item.Id),
        ("@status", item.Status.ToString()),
        ("@reason", item.Reason),
        ("@holdCode", item.HoldCode),
        ("@updatedAt", IsoDates.Format(item.UpdatedAt)),
        ("@sentAt", IsoDates.Format(item.SentAt)),
        ("@remoteName", item.RemoteName),
        ("@released", item.Released ? 1 : 0),
    ];

    public static (string Name, object? Value)[] All(RelayItem item) =>
    [
        .. Mutable(item),
        ("@destination", item.Destination),
        ("@fileId", item.FileId),
        ("@sha256", item.Sha256.ToLowerInvariant()),
        ("@kind", item.Kind.ToString()),
        ("@uai", item.Uai),
        ("@schoolYear", item.SchoolYear),
        ("@exportedAt", IsoDates.Format(item.ExportedAt)),
        ("@fileName", item.FileName),
        ("@path", item.Path),
        ("@createdAt", IsoDates.Format(item.CreatedAt)),
    ];
}

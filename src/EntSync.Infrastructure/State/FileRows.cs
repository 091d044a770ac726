using EntSync.Core.Model;
using EntSync.Core.Pipeline.Contracts;
using Microsoft.Data.Sqlite;

namespace EntSync.Infrastructure.State;

/// <summary>How a <see cref="FileRecord"/> maps to a row of <c>files</c>.</summary>
internal static class FileRows
{
    public const string Columns = "id, sha256, source, original_name, size, received_at, status, path, kind, uai, school_year, export_date, reason";

    public static FileRecord Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Sha256 = reader.GetString(1),
        Source = reader.GetString(2),
        OriginalName = reader.GetString(3),
        Size = reader.GetInt64(4),
        ReceivedAt = IsoDates.Parse(reader.GetString(5)),
        Status = Enum.Parse<FileStatus>(reader.GetString(6)),
        Path = reader.GetString(7),
        Kind = reader.NullableString(8) is { } kind ? Enum.Parse<ExportKind>(kind) : null,
        Uai = reader.NullableString(9),
        SchoolYear = reader.IsDBNull(10) ? null : reader.GetInt32(10),
        ExportDate = reader.NullableString(11) is { } date ? IsoDates.Parse(date) : null,
        Reason = reader.NullableString(12),
    };

    /// <summary>The fields <see cref="IStateStore.UpdateFileAsync"/> may change, plus the id.</summary>
    public static (string Name, object? Value)[] Mutable(FileRecord file) =>
    [
        ("@id", file.Id),
        ("@status", file.Status.ToString()),
        ("@path", file.Path),
        ("@kind", file.Kind?.ToString()),
        ("@uai", file.Uai),
        ("@schoolYear", file.SchoolYear),
        ("@exportDate", IsoDates.Format(file.ExportDate)),
        ("@reason", file.Reason),
    ];

    public static (string Name, object? Value)[] All(FileRecord file) =>
    [
        .. Mutable(file),
        ("@sha256", Hash(file.Sha256)),
        ("@source", file.Source),
        ("@originalName", file.OriginalName),
        ("@size", file.Size),
        ("@receivedAt", IsoDates.Format(file.ReceivedAt)),
    ];

    /// <summary>Hex digests compare case-insensitively; stored lower-case like <see cref="InboxFile.Sha256"/>.</summary>
    public static string Hash(string sha256) => sha256.ToLowerInvariant();
}

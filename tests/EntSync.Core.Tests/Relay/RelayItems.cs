using EntSync.Core.Model;
using EntSync.Core.Relay;

namespace EntSync.Core.Tests.Relay;

/// <summary>Small builders for the relay's tests: a destination's settings and its items.</summary>
internal static class RelayItems
{
    public const string Uai = "0134567A";
    public static readonly DateTime Monday = new(2026, 10, 5, 18, 2, 11);

    public static RelayDestinationSettings Destination(params ExportKind[] kinds) => new()
    {
        Name = "ent",
        Uai = Uai,
        Kinds = (kinds.Length == 0 ? [ExportKind.EdtChiffre] : kinds).ToHashSet(),
        Mode = RelayMode.Reel,
        ManualFirstImportOfYear = false,
        Retry = new RetryPolicy(3, TimeSpan.Zero),
    };

    public static RelayItem Item(long id, RelayStatus status = RelayStatus.EnAttente, DateTime? exportedAt = null, ExportKind kind = ExportKind.EdtChiffre,
        int? year = 2026, string uai = Uai) => new()
    {
        Id = id, Destination = "ent", FileId = 100 + id, Sha256 = new string((char)('a' + id % 6), 64), Kind = kind, Uai = uai, SchoolYear = year,
        ExportedAt = exportedAt ?? Monday.AddHours(id), FileName = $"fichier{id}.xml", Path = $"/archive/fichier{id}.xml", Status = status,
        CreatedAt = Monday, UpdatedAt = Monday.AddHours(id),
    };

    public static RelayChecks Checks(params string[] codes) => new(2026, codes.ToHashSet());
}

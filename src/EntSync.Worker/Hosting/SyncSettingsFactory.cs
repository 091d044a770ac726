using System.Globalization;
using EntSync.Core.Pipeline.Sync;
using EntSync.Core.Rules;
using EntSync.Infrastructure.Configuration;

namespace EntSync.Worker.Hosting;

/// <summary>Turns the validated configuration into what the Core pipeline needs.</summary>
internal static class SyncSettingsFactory
{
    public static SyncSettings From(EntSyncOptions options) => new()
    {
        Etablissements = options.Etablissements
            .Select(e => (e.Uai.ToUpperInvariant(), int.TryParse(e.AnneeScolaire, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null))
            .ToList(),
        Checks = CheckSettings.Default with { PartialExportShare = options.Controles.SeuilExportPartiel },
        DisabledCodes = options.Controles.CodesDesactives.ToHashSet(StringComparer.Ordinal),
        Ignored = options.Controles.Ignorer
            .Select(i => new IgnoredAnomaly(i.Code, i.Sujet, i.Raison,
                DateOnly.TryParseExact(i.Jusquau, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until) ? until : null))
            .ToList(),
    };
}

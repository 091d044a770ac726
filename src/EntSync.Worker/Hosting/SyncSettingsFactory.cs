using System.Globalization;
using EntSync.Core.Model;
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
        SilentSourceDays = SilentSourceDays(options.Controles.SourceMuetteJours),
        Ignored = options.Controles.Ignorer
            .Select(i => new IgnoredAnomaly(i.Code, i.Sujet, i.Raison,
                DateOnly.TryParseExact(i.Jusquau, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until) ? until : null))
            .ToList(),
    };

    /// <summary>controles.sourceMuetteJours: one property per export kind, named as the kind.</summary>
    public static IReadOnlyDictionary<ExportKind, int> SilentSourceDays(SourceMuetteOptions options) =>
        typeof(SourceMuetteOptions).GetProperties()
            .Select(p => (Kind: Enum.Parse<ExportKind>(p.Name), Days: (int)p.GetValue(options)!))
            .Where(k => k.Days > 0)
            .ToDictionary(k => k.Kind, k => k.Days);
}

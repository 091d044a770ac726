using EntSync.Core.Model;
using EntSync.Core.Relay;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Configuration.Validation;

namespace EntSync.Infrastructure.Relay;

/// <summary>
/// The configured destinations as the relay uses them: the gate's settings (with the routes applied to the kinds each
/// receives) and the place that receives the files. Owns the HTTP clients: dispose after the run.
/// </summary>
internal sealed class RelayTargetSet : IDisposable
{
    private RelayTargetSet(IReadOnlyList<RelayTarget> targets) => Targets = targets;

    public IReadOnlyList<RelayTarget> Targets { get; }

    /// <summary>
    /// One target per destination of a type this version delivers to (the validator refuses the others). An sftp
    /// destination is one more <see cref="IRelayDestination"/> here once the SFTP client exists.
    /// </summary>
    public static RelayTargetSet Create(EntSyncOptions options)
    {
        var targets = new List<RelayTarget>();
        foreach (var d in options.Destinations)
        {
            IRelayDestination? destination = d.Type switch
            {
                "http" => new HttpRelayDestination(d),
                "webdav" => new WebDavRelayDestination(d),
                "dossier" => new FolderRelayDestination(d.Nom, d.Chemin),
                _ => null,
            };
            if (destination is not null) targets.Add(new RelayTarget(Settings(d, options.Routes), destination));
        }

        return new RelayTargetSet(targets);
    }

    public static RelayDestinationSettings Settings(DestinationOptions d, IReadOnlyList<RouteOptions> routes) => new()
    {
        Name = d.Nom,
        Uai = d.Etablissement.ToUpperInvariant(),
        Kinds = Kinds(d, routes),
        Mode = d.Mode == "reel" ? RelayMode.Reel : RelayMode.Simulation,
        BlockingCodes = d.CodesBloquants.ToHashSet(StringComparer.Ordinal),
        ManualFirstImportOfYear = d.PremierImportManuel,
        DoubleExportWindow = TimeSpan.FromMinutes(Math.Max(0, d.FenetreDoubleExportMinutes)),
        Retry = new RetryPolicy(Math.Max(1, d.Tentatives), TimeSpan.FromSeconds(Math.Max(0, d.PauseTentativesSecondes))),
        FileNamePattern = d.NomFichier,
    };

    public void Dispose()
    {
        foreach (var target in Targets) (target.Destination as IDisposable)?.Dispose();
    }

    /// <summary>What the destination accepts; narrowed to what its routes send it when routes name it.</summary>
    private static IReadOnlySet<ExportKind> Kinds(DestinationOptions d, IReadOnlyList<RouteOptions> routes)
    {
        var accepted = Parse(d.Types);
        var routed = routes.Where(r => r.Destination == d.Nom).ToList();
        if (routed.Count == 0) return accepted;
        var sent = routed.SelectMany(r => Parse(r.Types)).ToHashSet();
        sent.IntersectWith(accepted);
        return sent;
    }

    private static HashSet<ExportKind> Parse(IEnumerable<string> names)
    {
        var list = names.ToList();
        if (list.Contains(SourcesValidator.AnyKind)) return Enum.GetValues<ExportKind>().Where(k => k != ExportKind.Unknown).ToHashSet();
        return list.Select(n => Enum.TryParse<ExportKind>(n, out var k) ? k : ExportKind.Unknown).Where(k => k != ExportKind.Unknown).ToHashSet();
    }
}

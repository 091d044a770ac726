using EntSync.Core.Model;
using EntSync.Core.Relay;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Configuration.Validation;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Processes;

namespace EntSync.Infrastructure.Relay;

/// <summary>
/// The configured destinations as the relay uses them: the gate's settings (with the routes applied to the kinds each
/// receives) and the place that receives the files. Owns the HTTP clients: dispose after the run.
/// </summary>
internal sealed class RelayTargetSet : IDisposable
{
    private RelayTargetSet(IReadOnlyList<RelayTarget> targets) => Targets = targets;

    public IReadOnlyList<RelayTarget> Targets { get; }

    /// <summary>Where an sftp destination's pinned host key line is written for ssh: <c>&lt;data&gt;/relais/&lt;nom&gt;.known_hosts</c>.</summary>
    public const string WorkFolderName = "relais";

    /// <summary>One target per destination of a type this version delivers to (the validator refuses the others).</summary>
    /// <param name="processes">Runs OpenSSH's sftp for the sftp destinations; tests may record its calls.</param>
    public static RelayTargetSet Create(EntSyncOptions options, IProcessRunner? processes = null)
    {
        var dataRoot = string.IsNullOrWhiteSpace(options.Donnees.Dossier) ? DataDirectory.DefaultRoot() : options.Donnees.Dossier;
        var targets = new List<RelayTarget>();
        foreach (var d in options.Destinations)
        {
            IRelayDestination? destination = d.Type switch
            {
                "http" => new HttpRelayDestination(d),
                "webdav" => new WebDavRelayDestination(d),
                "dossier" => new FolderRelayDestination(d.Nom, d.Chemin),
                "sftp" => new SftpRelayDestination(d, processes ?? new ExternalProcessRunner(),
                    Path.Combine(dataRoot, WorkFolderName, SafeFileName.Sanitize(d.Nom) + ".known_hosts")),
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

namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// The whole configuration file (config/entsync.json). Keys are French camelCase without accents (DESIGN.md §5b);
/// keys starting with '_' are comments. Every option has a default here, so an absent key means the default.
/// </summary>
public sealed class EntSyncOptions
{
    public List<EtablissementOptions> Etablissements { get; set; } = [];
    public List<SourceOptions> Sources { get; set; } = [];
    public PlanificationOptions Planification { get; set; } = new();
    public DonneesOptions Donnees { get; set; } = new();
    public ControlesOptions Controles { get; set; } = new();
    public JournalisationOptions Journalisation { get; set; } = new();
    public List<DestinationOptions> Destinations { get; set; } = [];
    public List<RouteOptions> Routes { get; set; } = [];
    public MessagerieOptions Messagerie { get; set; } = new();
}

using System.Globalization;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.State;
using EntSync.Worker.Hosting;
using EntSync.Worker.Operations;

namespace EntSync.Worker.Cli.Service;

/// <summary><c>entsync status</c>: the last runs, the last file of each source, and the open anomalies by code.</summary>
internal sealed class StatusCommand(Func<ServiceStateProbe> probe) : ICliCommand
{
    private static readonly HashSet<string> ValueOptions = ["config"];

    public StatusCommand()
        : this(ServiceStateProbe.ForThisMachine)
    {
    }

    public string Name => "status";

    public string Summary => "état du service : dernières synchronisations, derniers fichiers reçus, anomalies ouvertes";

    public string Help => """
        Utilisation : entsync status [--config FICHIER]

        Affiche la version, l'état du service (systemd ou service Windows), les dernières synchronisations et leur résultat, pour chaque source le dernier fichier reçu et son âge,
        et pour chaque établissement les anomalies encore ouvertes, par code.

        Code de sortie : 0 affiché, 2 configuration invalide ou état illisible.

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, ValueOptions, new HashSet<string>());
        if (parsed.Positional.Count > 0) throw new UsageException($"Argument inattendu : « {parsed.Positional[0]} ».");
        output.WriteLine($"EntSync {AppVersion.Current} – service : {probe().Describe()}");
        output.WriteLine();
        var config = ServiceConfig.Load(parsed.Value("config"), error);
        if (config is null) return ExitCodes.CouldNotRun;

        var data = new DataDirectory(config.DataDirectory);
        if (!File.Exists(data.StateDb))
        {
            output.WriteLine($"Aucune synchronisation encore faite (pas d'état dans {data.Root}). Lancez « entsync once ».");
            return ExitCodes.Done;
        }

        using var state = SqliteStateStore.Open(data.Root);
        var now = DateTime.Now;
        output.WriteLine("Dernières synchronisations :");
        foreach (var (id, started, summary) in state.RecentRunsAsync(5, CancellationToken.None).GetAwaiter().GetResult())
        {
            var outcome = summary is null ? "en cours ou interrompue"
                : summary.Outcome == 0 ? "rien à signaler" : summary.Outcome == 1 ? "problèmes trouvés" : "échec";
            var counts = summary is null ? "" : $" – {summary.FilesReceived} fichier(s) reçu(s), {summary.FilesQuarantined} en quarantaine, {summary.Anomalies} anomalie(s)";
            output.WriteLine($"  n°{id} le {Fr(started)} : {outcome}{counts}");
        }

        output.WriteLine();
        output.WriteLine("Derniers fichiers reçus par source :");
        foreach (var f in state.LastFilePerSourceAsync(CancellationToken.None).GetAwaiter().GetResult())
        {
            output.WriteLine($"  {f.Source} : {f.OriginalName} le {Fr(f.ReceivedAt)} (il y a {Age(now - f.ReceivedAt)}), {f.Status}");
        }

        foreach (var e in config.Options.Etablissements)
        {
            var open = state.OpenAnomaliesAsync(e.Uai, CancellationToken.None).GetAwaiter().GetResult();
            output.WriteLine();
            output.WriteLine($"Établissement {e.Uai} : {open.Count} anomalie(s) ouverte(s){(open.Any(o => o.Ignored) ? $" dont {open.Count(o => o.Ignored)} ignorée(s)" : "")}");
            foreach (var byCode in open.Where(o => !o.Ignored).GroupBy(o => o.Anomaly.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"  {byCode.Key} : {byCode.Count()} (la plus ancienne depuis le {Fr(byCode.Min(o => o.FirstSeen))})");
            }
        }

        return ExitCodes.Done;
    }

    private static string Fr(DateTime d) => d.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Age(TimeSpan age) =>
        age.TotalDays >= 1 ? $"{(int)age.TotalDays} jour(s)" : age.TotalHours >= 1 ? $"{(int)age.TotalHours} heure(s)" : $"{Math.Max(0, (int)age.TotalMinutes)} minute(s)";
}

using EntSync.Core.Reporting;
using EntSync.Core.Reporting.Email;
using EntSync.Worker.Cli.Service;
using EntSync.Worker.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntSync.Worker.Cli.Report;

/// <summary><c>entsync report</c>: the nightly report now, shown (text), written (--html) or sent (--send).</summary>
internal sealed class ReportCommand : ICliCommand
{
    private static readonly HashSet<string> ValueOptions = ["config", "html"];
    private static readonly HashSet<string> Flags = ["send"];

    public string Name => "report";

    public string Summary => "produit le rapport maintenant (texte, --html FICHIER) et l'envoie avec --send";

    public string Help => """
        Utilisation : entsync report [--send] [--html FICHIER] [--config FICHIER]

        Produit le rapport de chaque établissement à partir de l'état enregistré (dernière synchronisation) :
        ce qui a changé depuis le dernier rapport, les anomalies par destinataire, l'état des flux.

          (sans option)    affiche le rapport complet en texte ; rien n'est envoyé
          --html FICHIER   écrit aussi le rapport complet en HTML dans FICHIER (un fichier par établissement
                           s'il y en a plusieurs : FICHIER_<UAI>.html)
          --send           fait ce que fait le rapport de la nuit : un courriel par groupe de destinataires,
                           mis en file d'envoi (outbox/) puis envoyé, avec les courriels encore en attente ;
                           sans serveur de messagerie, les rapports sont écrits (.eml et .html) dans rapports/
          --config FICHIER le fichier de configuration (sinon ENTSYNC_CONFIG, puis config/entsync.json)

        Code de sortie : 0 rien à signaler, 1 anomalie de niveau Erreur ouverte ou courriel non remis (il reste dans
        outbox/ et repartira), 2 impossible (configuration invalide, synchronisation en cours, dossier inaccessible).

        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args, ValueOptions, Flags);
        if (parsed.Positional.Count > 0) throw new UsageException($"Argument inattendu : « {parsed.Positional[0]} ».");
        var config = ServiceConfig.Load(parsed.Value("config"), error);
        if (config is null) return ExitCodes.CouldNotRun;

        var sync = new SyncService(config, TimeProvider.System, NullLoggerFactory.Instance);
        try
        {
            return parsed.Has("send") ? Send(sync, parsed.Value("html"), output) : Show(sync, parsed.Value("html"), output);
        }
        catch (SyncBusyException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.CouldNotRun;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Dossier de données ou fichier inaccessible : {ex.Message}");
            return ExitCodes.CouldNotRun;
        }
    }

    private static int Show(SyncService sync, string? htmlFile, TextWriter output)
    {
        var reports = sync.WithStateAsync((pipeline, state, ct) => sync.Reports.GatherAsync(pipeline, state, null, ct), CancellationToken.None)
            .GetAwaiter().GetResult();
        var errors = false;
        foreach (var (_, data) in reports)
        {
            var content = ReportContent.For(data, ReportView.Everything);
            output.WriteLine(content.Subject);
            output.WriteLine(ReportTextRenderer.Render(content));
            errors |= content.Errors > 0;
            if (htmlFile is not null) WriteHtml(htmlFile, reports.Count > 1 ? data.Uai : null, ReportHtmlRenderer.Render(content), output);
        }

        return errors ? ExitCodes.ProblemsFound : ExitCodes.Done;
    }

    private static int Send(SyncService sync, string? htmlFile, TextWriter output)
    {
        if (htmlFile is not null) Show(sync, htmlFile, TextWriter.Null);
        var result = sync.Reports.SendAsync(CancellationToken.None).GetAwaiter().GetResult();
        foreach (var line in result.Lines) output.WriteLine(line);
        if (result.Mails == 0) output.WriteLine("Aucun courriel : rien à signaler et aucun destinataire n'a demandé « tout va bien ».");
        if (result.Flush is { } flush)
        {
            output.WriteLine($"Envoi : {flush.Delivered} remis, {flush.Failed} en échec (gardés dans outbox/, nouvel essai automatique), " +
                             $"{flush.Abandoned} abandonné(s).");
            foreach (var e in flush.Errors.Distinct()) output.WriteLine($"  {e}");
        }

        var failed = result.Flush is { Failed: > 0 } or { Abandoned: > 0 } || ReferenceEquals(result.Flush, Infrastructure.Mail.OutboxFlushResult.Busy);
        return result.HasErrors || failed ? ExitCodes.ProblemsFound : ExitCodes.Done;
    }

    private static void WriteHtml(string file, string? uai, string html, TextWriter output)
    {
        var path = uai is null ? file : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, $"{Path.GetFileNameWithoutExtension(file)}_{uai}{Path.GetExtension(file)}");
        File.WriteAllText(path, html);
        output.WriteLine($"Rapport HTML : {path}");
    }
}

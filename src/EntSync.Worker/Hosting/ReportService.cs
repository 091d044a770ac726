using EntSync.Core.Pipeline.Contracts;
using EntSync.Core.Pipeline.Sync;
using EntSync.Core.Reporting;
using EntSync.Core.Reporting.Email;
using EntSync.Core.Rules;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Mail;
using Microsoft.Extensions.Logging;

namespace EntSync.Worker.Hosting;

/// <summary>
/// The report of each establishment: gathered from the state under the data directory's lock, then cut per group of
/// recipients and queued in outbox/ before any attempt (or, without a mail server, written as .eml and .html files in
/// rapports/). The last-report mark moves only once every mail of the establishment is safely queued or written.
/// </summary>
internal sealed class ReportService(LoadedConfig config, SyncService sync, TimeProvider time, ILoggerFactory loggers,
    Func<IStateStore, IRelayReportSource> relay, IMailSender? sender = null)
{
    private readonly ILogger _logger = loggers.CreateLogger<ReportService>();
    private readonly IMailSender? _sender = sender ?? (config.Options.Messagerie.Hote.Trim().Length > 0
        ? new SmtpMailSender(SmtpSettings.From(config.Options.Messagerie))
        : null);

    public bool SendsMail => _sender is not null;

    public ReportMarks Marks { get; } = new(sync.Data.Rapports);

    public Outbox Outbox => new(sync.Data.Outbox, _sender ?? new UnconfiguredSender(), time,
        TimeSpan.FromHours(config.Options.Messagerie.AbandonApresHeures), _logger);

    /// <summary>Each establishment's data as of now, since its last report (the caller holds the lock).</summary>
    public async Task<IReadOnlyList<(EtablissementOptions Etablissement, ReportData Data)>> GatherAsync(SyncPipeline pipeline, IStateStore state,
        IReadOnlyList<CheckResult>? checks, CancellationToken cancellationToken)
    {
        var collector = new ReportCollector(state, relay(state));
        var settings = SyncSettingsFactory.From(config.Options);
        var all = new List<(EtablissementOptions, ReportData)>();
        foreach (var etab in config.Options.Etablissements)
        {
            var uai = etab.Uai.ToUpperInvariant();
            var check = checks?.FirstOrDefault(c => string.Equals(c.Snapshot.Uai, uai, StringComparison.OrdinalIgnoreCase))
                        ?? await pipeline.CheckOnlyAsync(uai, settings.Etablissements.First(e => e.Uai == uai).SchoolYear, cancellationToken);
            var request = new ReportRequest(uai, etab.Nom, Now(), Marks.Last(uai))
            {
                Check = check,
                SilentDays = settings.SilentSourceDays,
                Deliveries = await Outbox.NotesAsync(uai, cancellationToken),
            };
            all.Add((etab, await collector.CollectAsync(request, cancellationToken)));
        }

        return all;
    }

    /// <summary>rapports/&lt;uai&gt;_dernier.html and &lt;uai&gt;_&lt;date&gt;.html: the whole report as of now; nothing sent, no mark moved.</summary>
    public async Task WritePagesAsync(SyncPipeline pipeline, IStateStore state, IReadOnlyList<CheckResult>? checks, CancellationToken cancellationToken)
    {
        foreach (var (_, data) in await GatherAsync(pipeline, state, checks, cancellationToken))
        {
            var html = ReportHtmlRenderer.Render(ReportContent.For(data, ReportView.Everything));
            var files = new FileStore(sync.Data);
            await files.WriteReportAsync($"{data.Uai}_{data.GeneratedAt:yyyy-MM-dd}.html", html, cancellationToken);
            await files.WriteReportAsync($"{data.Uai}_dernier.html", html, cancellationToken);
        }
    }

    /// <summary>The nightly report: every establishment, every group of recipients, then one pass over the outbox.</summary>
    public async Task<ReportSendResult> SendAsync(CancellationToken cancellationToken)
    {
        var gathered = await sync.WithStateAsync((pipeline, state, ct) => GatherAsync(pipeline, state, null, ct), cancellationToken);
        var result = new ReportSendResult();
        foreach (var (etab, data) in gathered)
        {
            var delivery = new ReportDelivery(config.Options.Messagerie, sync.Data, _sender is null ? null : Outbox);
            result.Add(data, await delivery.DeliverAsync(etab, data, cancellationToken));
            await Marks.SetAsync(data.Uai, data.GeneratedAt, cancellationToken);
            await Outbox.ForgetNotesAsync(data.Deliveries, cancellationToken);
            _logger.LogInformation("Rapport de {Uai} : {Mails} courriel(s) préparé(s)", data.Uai, result.Mails);
        }

        if (_sender is not null) result.Flush = await FlushAsync(force: true, cancellationToken);
        return result;
    }

    public Task<OutboxFlushResult> FlushAsync(bool force, CancellationToken cancellationToken) =>
        _sender is null ? Task.FromResult(new OutboxFlushResult(0, 0, 0, 0, [])) : Outbox.FlushAsync(force, cancellationToken);

    private DateTime Now() => time.GetLocalNow().DateTime;

    /// <summary>Without a mail server nothing is queued; a mail somehow left in outbox/ stays there.</summary>
    private sealed class UnconfiguredSender : IMailSender
    {
        public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) =>
            throw new MailSendException("Aucun serveur de messagerie configuré (messagerie.hote) : le courriel reste dans outbox/.", true);
    }
}

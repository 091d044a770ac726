using EntSync.Core.Reporting;
using EntSync.Core.Reporting.Email;
using EntSync.Core.Rules;
using EntSync.Infrastructure.Configuration;
using EntSync.Infrastructure.Files;
using EntSync.Infrastructure.Mail;

namespace EntSync.Worker.Hosting;

/// <summary>
/// Turns one establishment's report into its emails: one per group of recipients with something to say (or a daily
/// "tout va bien" when asked), queued in the outbox; without a mail server or without recipients, written as .eml and
/// .html files in rapports/ instead (the demo).
/// </summary>
internal sealed class ReportDelivery(MessagerieOptions messagerie, DataDirectory data, Outbox? outbox)
{
    /// <summary>A .eml needs a recipient; this reserved domain (RFC 2606) says no one was configured.</summary>
    private const string NoRecipient = "destinataires-non-configures@entsync.invalid";

    /// <summary>Returns what was done, one French line per email (queued id or written file).</summary>
    public async Task<IReadOnlyList<string>> DeliverAsync(EtablissementOptions etablissement, ReportData report, CancellationToken cancellationToken)
    {
        var recipients = Recipients(etablissement.Destinataires);
        IReadOnlyList<ReportMailing> mailings = recipients.IsEmpty ? [new ReportMailing(ReportView.Everything, [], true)] : recipients.Plan();
        var done = new List<string>();
        foreach (var mailing in mailings)
        {
            var content = ReportContent.For(report, mailing.View);
            if (!mailing.ShouldSend(content)) continue;
            var mail = Build(content, mailing.To);
            if (outbox is not null && mailing.To.Count > 0)
            {
                var id = await outbox.EnqueueAsync(mail, report.Uai, cancellationToken);
                done.Add($"courriel « {mail.Subject} » en file d'envoi ({id}) pour {mailing.To.Count} destinataire(s)");
                continue;
            }

            var stem = Path.Combine(data.Rapports, $"{report.Uai}_{report.GeneratedAt:yyyy-MM-dd_HHmm}_{mailing.View.Key}");
            await AtomicFiles.WriteReplacingAsync(stem + ".eml", EmlWriter.Render(mail), cancellationToken);
            await AtomicFiles.WriteReplacingAsync(stem + ".html", System.Text.Encoding.UTF8.GetBytes(mail.Html), cancellationToken);
            done.Add($"rapport écrit (pas d'envoi) : {stem}.eml et .html");
        }

        return done;
    }

    public OutgoingMail Build(ReportContent content, IReadOnlyList<string> to) =>
        new(messagerie.Expediteur.Trim().Length > 0 ? messagerie.Expediteur.Trim() : "entsync@entsync.invalid",
            to.Count > 0 ? to : [NoRecipient], content.Subject, ReportTextRenderer.Render(content), ReportHtmlRenderer.Render(content),
            $"<{Guid.NewGuid():N}.{content.Data.Uai.ToLowerInvariant()}@entsync>")
        {
            Attachment = new MailAttachment(AnomalyCsv.FileName, "text/csv", AnomalyCsv.Render(content.Listed)),
        };

    public static ReportRecipients Recipients(DestinatairesOptions d) => new()
    {
        All = d.Tous,
        ByAudience = new Dictionary<Audience, IReadOnlyList<string>>
        {
            [Audience.Secretariat] = d.Secretariat,
            [Audience.Direction] = d.Direction,
            [Audience.EmploiDuTemps] = d.EmploiDuTemps,
            [Audience.AdministrateurEnt] = d.AdministrateurEnt,
        },
        AllIsWellForAll = d.ToutVaBien.Contains("tous"),
        AllIsWell = ReportLabels.AudienceOrder.Where(a => d.ToutVaBien.Contains(ReportLabels.Key(a))).ToHashSet(),
    };
}

using EntSync.Core.Reporting;
using EntSync.Core.Rules;
using EntSync.Infrastructure.Mail;

namespace EntSync.Worker.Hosting;

/// <summary>What the nightly report did, for <c>entsync report --send</c>'s summary and exit code.</summary>
internal sealed class ReportSendResult
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public int Mails { get; private set; }

    /// <summary>An open Erreur anomaly in some establishment (exit code 1).</summary>
    public bool HasErrors { get; private set; }

    public OutboxFlushResult? Flush { get; set; }

    public void Add(ReportData data, IReadOnlyList<string> done)
    {
        Mails += done.Count;
        _lines.AddRange(done.Select(d => $"{data.Uai} : {d}"));
        HasErrors |= data.Open.Any(a => !a.Ignored && a.Anomaly.Severity == Severity.Erreur);
    }
}

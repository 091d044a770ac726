using EntSync.Core.Snapshot;

namespace EntSync.Core.Rules;

/// <summary>
/// Runs every rule over a snapshot pair, each isolated: a rule whose inputs are missing is listed as not run, a rule
/// that crashes is listed as failed, and the others still run. Anomalies come out sorted (code, subject) so that
/// reports and JSON are stable from one run to the next.
/// </summary>
public sealed class RuleRunner(IReadOnlyList<IAnomalyRule> rules, CheckSettings? settings = null)
{
    private readonly CheckSettings _settings = settings ?? CheckSettings.Default;

    public CheckResult Run(SnapshotPair pair)
    {
        var anomalies = new List<Anomaly>();
        var notRun = new List<CheckNotRun>();
        var failed = new List<RuleFailure>();
        foreach (var rule in rules)
        {
            var missing = rule.MissingInput(pair);
            if (missing is not null)
            {
                notRun.AddRange(rule.Codes.Select(code => new CheckNotRun(code, missing)));
                continue;
            }

            try
            {
                anomalies.AddRange(rule.Evaluate(pair, _settings).ToList());
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failed.Add(new RuleFailure(rule.GetType().Name, ex.GetType().Name));
            }
        }

        var uai = pair.Current.Uai;
        var sorted = anomalies.Select(a => a.Uai is null && uai is not null ? a with { Uai = uai } : a)
            .OrderBy(a => a.Code, StringComparer.Ordinal).ThenBy(a => a.Subject, StringComparer.Ordinal).ToList();
        return new CheckResult(pair.Current, sorted, notRun, failed);
    }
}
